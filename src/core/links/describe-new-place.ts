import type { TextEdit } from '../diagnostics/text-edit.ts';
import type { NewPlace } from './find-new-place.ts';

/** A `; …` clause saying where a missing target went, with the certain fix if any. */
export interface NewPlaceAdvice {
  clause: string;
  expected?: string[];
  /** The content-relative path a certain fix points to, and the folder to write it from. */
  certain?: { path: string; anchor?: string };
}

/**
 * Turn a {@link NewPlace} into the second half of a `missing-file` message.
 * Only a git rename, a reading from a folder above the doc, or the single
 * non-generic file with that exact name is certain enough for a fix;
 * several names and near-misses are listed as `expected` instead. `show`
 * writes a path for the message (from the repository's top level), `write`
 * as the doc would write it.
 */
export function describeNewPlace(
  place: NewPlace,
  show: (path: string) => string,
  write: (path: string) => string,
): NewPlaceAdvice {
  switch (place.kind) {
    case 'renamed':
      return {
        clause: `; it was moved to \`${show(place.path)}\` (renamed in ${place.commit}, ${place.date})`,
        certain: { path: place.path, anchor: place.anchor },
      };
    case 'renamed-several': {
      const shown = place.paths.map(show);
      return {
        clause: `; it was moved more than once, to ${listPaths(shown)}, so pick one`,
        expected: shown,
      };
    }
    case 'from-root':
      return {
        clause: `; \`${show(place.path)}\` exists from a folder above the doc, so write \`${write(place.path)}\``,
        certain: { path: place.path },
      };
    case 'same-name': {
      const [only] = place.paths;
      if (place.paths.length === 1 && only !== undefined) {
        return {
          clause: `; \`${show(only)}\` has that name`,
          ...(place.certain ? { certain: { path: only } } : { expected: [show(only)] }),
        };
      }
      const shown = place.paths.map(show);
      return { clause: `; ${listPaths(shown)} have that name, so pick one`, expected: shown };
    }
    case 'similar': {
      const shown = place.paths.map(show);
      return { clause: `; did you mean \`${shown[0] ?? ''}\`?`, expected: shown };
    }
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
