import { compareMetrics } from '../history/compare-metrics.ts';
import { completedTasks } from '../history/completed-tasks.ts';
import type { DocSnapshot } from '../history/doc-snapshot.ts';
import type { LoadedVersionDoc, Version } from '../history/history.ts';
import { inferFromPath } from '../model/infer-from-path.ts';
import type { ChangedDoc, Release, ReleaseDoc, RetiredDoc } from './release.ts';

/** A version with its docs loaded. */
export interface VersionState {
  version: Version;
  docs: readonly LoadedVersionDoc[];
}

/**
 * The changelog from one version to the next, matching docs by key (so
 * renames are renames, not a removal and an addition): docs added, renamed,
 * archived or superseded, removed, and per doc its status change, metric
 * deltas, completed tasks and own change-log entries dated after the
 * previous version. Sorted by path, so output is stable. Pure.
 */
export function buildRelease(from: VersionState | null, to: VersionState): Release {
  const before = new Map((from?.docs ?? []).map((doc) => [doc.key, doc]));
  const after = new Map(to.docs.map((doc) => [doc.key, doc]));
  const since = from?.version.date ?? null;
  const until = to.version.date;
  const release: Release = {
    version: to.version.name,
    previous: from?.version.name ?? null,
    date: until,
    commit: to.version.commit?.short ?? null,
    added: [],
    renamed: [],
    changed: [],
    retired: [],
    removed: [],
  };
  for (const doc of to.docs) {
    const old = before.get(doc.key);
    if (!old) {
      release.added.push(refOf(doc));
      continue;
    }
    const retired = retiredOf(old, doc);
    if (retired) release.retired.push(retired);
    const changed = changesOf(old, doc, since, until, retired !== null);
    const moved = !retired && old.path !== doc.path;
    // A renamed doc that also changed is one entry, saying both.
    if (changed) release.changed.push(moved ? { ...changed, from: old.path } : changed);
    else if (moved) release.renamed.push({ ...refOf(doc), from: old.path });
  }
  for (const doc of from?.docs ?? []) {
    if (!after.has(doc.key)) release.removed.push(refOf(doc));
  }
  return release;
}

function refOf(doc: LoadedVersionDoc): ReleaseDoc {
  return { key: doc.key, path: doc.path, title: doc.snapshot.doc.title };
}

const isArchivedPath = (file: string) => inferFromPath(file).status?.value === 'archived';

/** Archived: moved into an archive folder or newly `archived`; superseded: newly `superseded` or given a successor. */
function retiredOf(old: LoadedVersionDoc, doc: LoadedVersionDoc): RetiredDoc | null {
  const [was, now] = [old.snapshot.doc, doc.snapshot.doc];
  const archived =
    (isArchivedPath(doc.path) && !isArchivedPath(old.path)) ||
    (now.status === 'archived' && was.status !== 'archived');
  const successor = (snapshot: DocSnapshot) =>
    snapshot.doc.relations.find((relation) => relation.type === 'superseded_by')?.target ?? null;
  const supersededBy = successor(doc.snapshot);
  const superseded =
    (now.status === 'superseded' && was.status !== 'superseded') ||
    (supersededBy !== null && successor(old.snapshot) === null);
  if (!archived && !superseded) return null;
  return {
    ...refOf(doc),
    from: old.path === doc.path ? null : old.path,
    archived,
    superseded,
    supersededBy,
  };
}

function changesOf(
  old: LoadedVersionDoc,
  doc: LoadedVersionDoc,
  since: string | null,
  until: string | null,
  retired: boolean,
): ChangedDoc | null {
  const [was, now] = [old.snapshot.doc, doc.snapshot.doc];
  // A retirement already says the status moved to archived or superseded.
  const statusMoved = was.status !== now.status && !(retired && isRetiredStatus(now.status));
  const known = new Set(old.snapshot.changeLog.map((entry) => `${entry.date}\u0000${entry.text}`));
  const entries = doc.snapshot.changeLog
    .filter((entry) => !known.has(`${entry.date}\u0000${entry.text}`))
    .filter(
      (entry) => (since === null || entry.date > since) && (until === null || entry.date <= until),
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.line - b.line));
  const changed: ChangedDoc = {
    ...refOf(doc),
    status: statusMoved
      ? { from: was.status, to: now.status, fromText: was.statusText, toText: now.statusText }
      : null,
    deltas: compareMetrics(was.metrics, now.metrics),
    tasksCompleted: completedTasks(old.snapshot.tasks, doc.snapshot.tasks),
    entries,
  };
  const empty =
    !changed.status &&
    changed.deltas.length === 0 &&
    changed.tasksCompleted.length === 0 &&
    changed.entries.length === 0;
  return empty ? null : changed;
}

function isRetiredStatus(status: string | null): boolean {
  return status === 'archived' || status === 'superseded';
}
