import type { Lineage } from './replay-log.ts';
import type { SnapshotStore } from './snapshot-store.ts';

/**
 * Join lineages that git saw as a delete plus an add in one commit when both
 * sides carry the same frontmatter `id`: a doc rewritten too much for git's
 * rename detection is still the same doc. Returns, per lineage, the lineage
 * it was joined into (itself when not joined); the joined lineage's
 * revisions are appended, its `added` becoming a `renamed`.
 */
export async function joinById(lineages: Lineage[], store: SnapshotStore): Promise<number[]> {
  const target = lineages.map((lineage) => lineage.index);
  const ended = new Map<number, Lineage[]>();
  for (const lineage of lineages) {
    const last = lineage.revisions.at(-1);
    if (last?.change === 'deleted')
      ended.set(last.commit, [...(ended.get(last.commit) ?? []), lineage]);
  }
  for (const lineage of lineages) {
    const first = lineage.revisions[0];
    const candidates = first?.change === 'added' ? ended.get(first.commit) : undefined;
    if (!first?.blob || !candidates) continue;
    const born = await store.get(first.blob, first.path);
    if (!born?.hasOwnId) continue;
    for (const old of candidates) {
      const before = old.revisions.at(-2);
      if (!before?.blob || target[old.index] !== old.index) continue;
      const previous = await store.get(before.blob, before.path);
      if (previous?.hasOwnId !== true || previous.doc.id !== born.doc.id) continue;
      old.revisions.pop();
      old.revisions.push(
        { ...first, change: 'renamed', from: before.path },
        ...lineage.revisions.slice(1),
      );
      lineage.revisions = [];
      target[lineage.index] = old.index;
      target[old.index] = -1;
      break;
    }
  }
  // -1 marked lineages already used as a join target (each joins once).
  return target.map((value, index) => (value === -1 ? index : value));
}
