import type { Commit, DocLine, Revision } from './history.ts';
import type { Lineage } from './replay-log.ts';

/**
 * Lineages as {@link DocLine}s, index for index (null for lineages joined
 * into another, or left empty). In a shallow clone, a doc "added" in the
 * first commit was only first seen there: its change is `boundary` and its
 * creation date unknown, never the boundary's date. Pure.
 */
export function buildDocLines(
  lineages: readonly Lineage[],
  joined: readonly number[],
  keys: readonly string[],
  commits: readonly Commit[],
  shallow: boolean,
): (DocLine | null)[] {
  return lineages.map((lineage, index) => {
    if (joined[index] !== index || lineage.revisions.length === 0) return null;
    const revisions = lineage.revisions.map((raw): Revision => {
      const boundary = shallow && raw.commit === 0 && raw.change === 'added';
      return {
        commit: commits[raw.commit] ?? null,
        change: boundary ? 'boundary' : raw.change,
        path: raw.path,
        ...(raw.from === undefined ? {} : { from: raw.from }),
        blob: raw.blob,
      };
    });
    const first = revisions[0];
    return {
      key: keys[index] ?? '',
      paths: [...new Set(revisions.map((revision) => revision.path))],
      revisions,
      created: first?.change === 'added' ? (first.commit?.date.slice(0, 10) ?? null) : null,
    };
  });
}
