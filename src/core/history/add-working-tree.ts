import type { DocLine, VersionDoc } from './history.ts';

/** The working-tree files {@link addWorkingTree} needs. */
interface WorkingDoc {
  path: string;
  blob: string;
}

/**
 * Match working-tree docs to history and record what is not committed:
 * a file at a committed path continues that doc; a file whose bytes equal
 * a committed doc that is gone from its path was moved without a commit;
 * a file at the last path of a deleted doc revives it; anything else is a
 * new doc with no history. Changed, moved and deleted docs get a last
 * revision with `commit: null`. Mutates `docs`; returns the version
 * "latest" and how many docs are new.
 */
export function addWorkingTree(
  docs: DocLine[],
  head: readonly VersionDoc[],
  files: readonly WorkingDoc[],
): { docs: VersionDoc[]; untracked: number } {
  const byKey = new Map(docs.map((line) => [line.key, line]));
  const headByPath = new Map(head.map((doc) => [doc.path, doc]));
  const present = new Set(files.map((file) => file.path));
  // Committed docs gone from their path, by blob: candidates for an uncommitted move.
  const moved = new Map<string, VersionDoc>();
  for (const doc of head) if (!present.has(doc.path)) moved.set(doc.blob, doc);
  const deletedAt = new Map<string, DocLine>();
  for (const line of docs) {
    const last = line.revisions.at(-1);
    if (last?.change === 'deleted' && !headByPath.has(last.path)) deletedAt.set(last.path, line);
  }

  const latest: VersionDoc[] = [];
  const claimed = new Set<string>();
  let untracked = 0;
  for (const file of files) {
    const committed = headByPath.get(file.path) ?? moved.get(file.blob);
    const line = committed ? byKey.get(committed.key) : deletedAt.get(file.path);
    if (line) {
      claimed.add(line.key);
      const last = line.revisions.at(-1);
      if (last?.blob !== file.blob || last.path !== file.path) {
        line.revisions.push({
          commit: null,
          change: 'uncommitted',
          path: file.path,
          ...(last && last.path !== file.path ? { from: last.path } : {}),
          blob: file.blob,
        });
        if (!line.paths.includes(file.path)) line.paths.push(file.path);
      }
      latest.push({ key: line.key, path: file.path, blob: file.blob });
      if (committed) moved.delete(committed.blob);
      continue;
    }
    untracked++;
    const key = byKey.has(file.path) ? `${file.path}@working-tree` : file.path;
    const created: DocLine = {
      key,
      paths: [file.path],
      revisions: [{ commit: null, change: 'uncommitted', path: file.path, blob: file.blob }],
      created: null,
    };
    docs.push(created);
    byKey.set(key, created);
    latest.push({ key, path: file.path, blob: file.blob });
  }
  for (const doc of head) {
    const line = byKey.get(doc.key);
    if (line && !claimed.has(doc.key)) {
      line.revisions.push({ commit: null, change: 'deleted', path: doc.path, blob: null });
    }
  }
  return { docs: latest, untracked };
}
