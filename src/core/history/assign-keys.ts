import type { RawRevision } from './replay-log.ts';

/**
 * A key per lineage: its last path; when several lineages end on one path
 * (a doc deleted, another later renamed onto its path), the live one keeps
 * the path and the others get `path@<short commit of their last revision>`.
 * `alive` says which lineages are in the final tree. Pure.
 */
export function assignKeys(
  lineages: readonly { revisions: readonly RawRevision[] }[],
  alive: ReadonlySet<number>,
  shortIdOf: (commit: number) => string,
): string[] {
  const keys = lineages.map((lineage) => lineage.revisions.at(-1)?.path ?? '');
  const owners = new Map<string, number[]>();
  keys.forEach((key, index) => {
    owners.set(key, [...(owners.get(key) ?? []), index]);
  });
  for (const [key, indices] of owners) {
    if (indices.length < 2) continue;
    const keep = indices.find((index) => alive.has(index)) ?? indices.at(-1);
    for (const index of indices) {
      if (index === keep) continue;
      const last = lineages[index]?.revisions.at(-1);
      keys[index] = `${key}@${shortIdOf(last?.commit ?? 0)}`;
    }
  }
  return keys;
}
