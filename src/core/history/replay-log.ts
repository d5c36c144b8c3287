import type { LogChange, LogCommit } from './parse-git-log.ts';

/** One state of a doc in history: what it was after one commit. */
export interface RawRevision {
  /** Index of the commit in the log (oldest first). */
  commit: number;
  /** How the doc changed in that commit. */
  change: 'added' | 'modified' | 'renamed' | 'deleted';
  /** Path after the commit (for a deletion, the path it had). */
  path: string;
  /** The previous path, for a rename. */
  from?: string;
  /** Blob after the commit; null for a deletion. */
  blob: string | null;
}

/** One doc through history: its identity follows renames. */
export interface Lineage {
  /** Index in {@link ReplayedLog.lineages}. */
  index: number;
  revisions: RawRevision[];
}

/** A doc in a tree: its blob and which lineage it belongs to. */
export interface TreeEntry {
  blob: string;
  lineage: number;
}

/** Docs by path at one commit. */
export type DocTree = ReadonlyMap<string, TreeEntry>;

/** The log replayed: every doc's lineage, and the trees asked for. */
export interface ReplayedLog {
  lineages: Lineage[];
  /** Trees at the commit indices asked for. */
  trees: Map<number, DocTree>;
  /** The tree after the last commit (HEAD). */
  head: DocTree;
}

/**
 * Replay the log oldest first, applying each commit's adds, renames and
 * deletes to one map of paths, so any commit's tree costs nothing extra to
 * know: time grows with the number of changes, not commits × files. Only
 * the trees at `snapshotAt` are copied out. A path deleted and later added
 * again continues the same doc. `isDoc` filters paths (include/exclude
 * globs): a rename out of the doc set is a deletion, into it an addition. Pure.
 */
export function replayLog(
  commits: readonly LogCommit[],
  isDoc: (path: string) => boolean,
  snapshotAt: ReadonlySet<number> = new Set(),
): ReplayedLog {
  const lineages: Lineage[] = [];
  const tree = new Map<string, TreeEntry>();
  const deadByPath = new Map<string, number>();
  const trees = new Map<number, DocTree>();

  const record = (lineage: number, revision: RawRevision) => {
    lineages[lineage]?.revisions.push(revision);
  };
  const remove = (commit: number, path: string) => {
    const entry = tree.get(path);
    if (!entry) return;
    tree.delete(path);
    deadByPath.set(path, entry.lineage);
    record(entry.lineage, { commit, change: 'deleted', path, blob: null });
  };
  const add = (commit: number, path: string, blob: string) => {
    const revived = deadByPath.get(path);
    deadByPath.delete(path);
    const lineage = revived ?? lineages.push({ index: lineages.length, revisions: [] }) - 1;
    tree.set(path, { blob, lineage });
    record(lineage, { commit, change: 'added', path, blob });
  };

  commits.forEach((commit, index) => {
    for (const change of orderChanges(commit.changes)) {
      applyChange(index, change);
    }
    if (snapshotAt.has(index)) trees.set(index, new Map(tree));
  });
  return { lineages, trees, head: tree };

  function applyChange(index: number, change: LogChange): void {
    const { kind, path, blob } = change;
    if (kind === 'deleted') {
      remove(index, path);
    } else if (kind === 'renamed' && change.from !== undefined) {
      const old = tree.get(change.from);
      const fromDoc = old !== undefined;
      if (fromDoc && isDoc(path)) {
        tree.delete(change.from);
        tree.set(path, { blob, lineage: old.lineage });
        record(old.lineage, { commit: index, change: 'renamed', path, from: change.from, blob });
      } else {
        if (fromDoc) remove(index, change.from);
        if (isDoc(path)) add(index, path, blob);
      }
    } else if (isDoc(path)) {
      const entry = tree.get(path);
      if (entry === undefined) {
        add(index, path, blob);
      } else if (entry.blob !== blob) {
        tree.set(path, { blob, lineage: entry.lineage });
        record(entry.lineage, { commit: index, change: 'modified', path, blob });
      }
    }
  }
}

/**
 * Deletions first, then renames, then the rest: a commit that renames `a` to
 * `b` and adds a new `a` must not see the new `a` as the old one.
 */
function orderChanges(changes: readonly LogChange[]): LogChange[] {
  const rank = (change: LogChange) =>
    change.kind === 'deleted' ? 0 : change.kind === 'renamed' ? 1 : 2;
  return [...changes].sort((a, b) => rank(a) - rank(b));
}
