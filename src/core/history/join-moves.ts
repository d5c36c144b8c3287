import type { Lineage, RawRevision } from './replay-log.ts';

/** Commits after a doc's deletion within which an addition may still be that doc, moved. */
export const MOVE_WINDOW = 10;
/** Share of non-blank lines two versions must have in common, as git's own rename threshold. */
export const MIN_SIMILARITY = 0.5;

/** A doc gone for a few commits before it came back elsewhere: still there, at its old path. */
export interface MoveGap {
  lineage: number;
  /** Path and blob before the deletion. */
  path: string;
  blob: string;
  /** Commit indices: deleted at `from`, back at `until` (exclusive). */
  from: number;
  until: number;
}

/** What {@link joinMoves} needs besides the lineages. */
export interface MoveEvidence {
  /** The bytes of a blob; null when git cannot give it. */
  read: (blob: string) => Promise<Uint8Array | null>;
  /** Renames made on merged branches, old path → newest path ({@link readBranchRenames}). */
  branchRenames: ReadonlyMap<string, string>;
}

/**
 * Join a doc deleted at one path with a doc added at another when the
 * addition is that doc moved: in a merge whose branch renamed it there, or
 * with the same or nearly the same content (at least half its lines) within
 * {@link MOVE_WINDOW} commits. History, redirects and the changelog then
 * show one doc moving, not one removed and another added. Each deletion
 * joins at most one addition (the closest match, then the nearest in time).
 * Returns, as {@link joinById} does, per lineage the lineage it now belongs
 * to, and the gaps where a moved doc was briefly absent, so trees of those
 * commits can keep it at its old path: one doc moving, never a removal in
 * one version and an addition in the next.
 */
export async function joinMoves(
  lineages: Lineage[],
  joined: number[],
  evidence: MoveEvidence,
): Promise<{ joined: number[]; gaps: MoveGap[] }> {
  const gaps: MoveGap[] = [];
  const texts = new Map<string, Promise<string[] | null>>();
  const linesOf = (blob: string) => {
    let lines = texts.get(blob);
    if (!lines) {
      lines = evidence.read(blob).then((bytes) => (bytes ? contentLines(bytes) : null));
      texts.set(blob, lines);
    }
    return lines;
  };
  // Deleted docs by the commit that deleted them, kept current as joins extend lineages.
  const ended = new Map<number, Set<Lineage>>();
  const track = (lineage: Lineage) => {
    const end = lineage.revisions.at(-1);
    if (end?.change !== 'deleted') return;
    ended.set(end.commit, (ended.get(end.commit) ?? new Set()).add(lineage));
  };
  for (const lineage of lineages) track(lineage);
  const births = lineages
    .filter((lineage) => lineage.revisions[0]?.change === 'added')
    .sort((a, b) => (a.revisions[0]?.commit ?? 0) - (b.revisions[0]?.commit ?? 0));
  for (const born of births) {
    const first = born.revisions[0];
    if (!first?.blob || first.change !== 'added') continue;
    let best: { lineage: Lineage; before: RawRevision; score: number } | null = null;
    const nearby = [];
    for (let commit = first.commit - MOVE_WINDOW; commit <= first.commit; commit++) {
      nearby.push(...(ended.get(commit) ?? []));
    }
    for (const old of nearby) {
      const end = old.revisions.at(-1);
      const before = old.revisions.at(-2);
      if (old === born || end?.change !== 'deleted' || !before?.blob) continue;
      const gap = first.commit - end.commit;
      if (end.path === first.path) continue;
      const score =
        evidence.branchRenames.get(end.path) === first.path && gap === 0
          ? 2
          : before.blob === first.blob
            ? 1
            : similarity(await linesOf(before.blob), await linesOf(first.blob));
      if (score < MIN_SIMILARITY) continue;
      const better =
        !best ||
        score > best.score ||
        (score === best.score && end.commit > (best.lineage.revisions.at(-1)?.commit ?? 0));
      if (better) best = { lineage: old, before, score };
    }
    if (!best) continue;
    const deletion = best.lineage.revisions.pop();
    if (deletion) ended.get(deletion.commit)?.delete(best.lineage);
    if (deletion && deletion.commit < first.commit && best.before.blob) {
      gaps.push({
        lineage: best.lineage.index,
        path: best.before.path,
        blob: best.before.blob,
        from: deletion.commit,
        until: first.commit,
      });
    }
    ended.get(born.revisions.at(-1)?.commit ?? -1)?.delete(born);
    best.lineage.revisions.push(
      { ...first, change: 'renamed', from: best.before.path },
      ...born.revisions.slice(1),
    );
    born.revisions = [];
    joined[born.index] = best.lineage.index;
    track(best.lineage);
  }
  // Resolve chains: a doc moved twice joins the first lineage.
  const root = (target: number) => {
    let at = target;
    while (joined[at] !== undefined && joined[at] !== at) at = joined[at] ?? at;
    return at;
  };
  return {
    joined: joined.map(root),
    gaps: gaps.map((gap) => ({ ...gap, lineage: root(gap.lineage) })),
  };
}

/** Non-blank lines, trimmed: what "nearly the same content" compares. */
function contentLines(bytes: Uint8Array): string[] {
  return new TextDecoder()
    .decode(bytes)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Lines in common (as a multiset) over the longer version's line count: 1 for the same text. */
export function similarity(a: readonly string[] | null, b: readonly string[] | null): number {
  if (!a || !b || a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1);
  let common = 0;
  for (const line of b) {
    const left = counts.get(line) ?? 0;
    if (left > 0) {
      common++;
      counts.set(line, left - 1);
    }
  }
  return common / Math.max(a.length, b.length);
}
