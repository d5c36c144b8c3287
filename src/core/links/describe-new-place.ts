import type { TextEdit } from '../fix/text-edit.ts';
import type { NewPlace } from './find-new-place.ts';

/** A `; …` clause saying where a missing target went, with the certain fix if any. */
export interface NewPlaceAdvice {
  clause: string;
  expected?: string[];
  /** The root-relative path a certain fix points to. */
  certain?: string;
}

/**
 * Turn a {@link NewPlace} into the second half of a `missing-file` message.
 * Only a git rename, a root-relative reading, or a single file with the same
 * name is certain enough for a fix; several names and near-misses are
 * listed as `expected` instead.
 */
export function describeNewPlace(
  place: NewPlace,
  formatTarget: (path: string) => string,
): NewPlaceAdvice {
  switch (place.kind) {
    case 'renamed':
      return {
        clause: `; it was moved to \`${place.path}\` (renamed in ${place.commit}, ${place.date})`,
        certain: place.path,
      };
    case 'from-root':
      return {
        clause: `; \`${place.path}\` exists from the content root, so write \`${formatTarget(place.path)}\``,
        certain: place.path,
      };
    case 'same-name': {
      const [only] = place.paths;
      if (place.paths.length === 1 && only !== undefined) {
        return { clause: `; \`${only}\` has that name`, certain: only };
      }
      return {
        clause: `; ${listPaths(place.paths)} have that name, so pick one`,
        expected: place.paths,
      };
    }
    case 'similar':
      return { clause: `; did you mean \`${place.paths[0] ?? ''}\`?`, expected: place.paths };
    case 'none':
      return { clause: '; fix the path or remove the reference' };
  }
}

/** A fix replacing `range` with `text`, or nothing when either is unknown. */
export function replaceRange(
  range: { start: number; end: number } | undefined,
  text: string | undefined,
): TextEdit[] | undefined {
  return range && text !== undefined ? [{ start: range.start, end: range.end, text }] : undefined;
}

function listPaths(paths: readonly string[]): string {
  const shown = paths.slice(0, 3).map((path) => `\`${path}\``);
  const more = paths.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length === 2 ? shown.join(' and ') : shown.join(', ');
}
