import type { Metrics } from '../model/doc.ts';
import type { DocStatus } from '../model/vocabulary.ts';
import { buildSeries, type MetricSeries } from './build-series.ts';
import { compareMetrics, type MetricDelta } from './compare-metrics.ts';
import { completedTasks } from './completed-tasks.ts';
import type { DocSnapshot } from './doc-snapshot.ts';
import type { DocLine, History, LoadedVersionDoc, Revision, Version } from './history.ts';

/** A status change between two revisions. */
export interface StatusChange {
  from: DocStatus | null;
  to: DocStatus | null;
  /** As written, e.g. `✅ Complete`. */
  fromText: string | null;
  toText: string | null;
}

/** A revision with what the doc said then and what changed since the one before. */
export interface RevisionView extends Revision {
  /** Null for a deletion or an unreadable blob. */
  title: string | null;
  status: DocStatus | null;
  statusText: string | null;
  metrics: Metrics;
  statusChange: StatusChange | null;
  deltas: MetricDelta[];
  tasksCompleted: string[];
}

/** One doc's history, ready for a page or the `history` command. */
export interface DocHistoryView {
  key: string;
  paths: string[];
  created: string | null;
  /** Oldest first. */
  revisions: RevisionView[];
  /** Metric series over the committed revisions, for charts. */
  series: MetricSeries[];
}

/** Load one doc's revisions (each distinct blob parsed once) and compare each with the one before. */
export async function loadDocHistory(history: History, line: DocLine): Promise<DocHistoryView> {
  const revisions: RevisionView[] = [];
  let previous: DocSnapshot | null = null;
  for (const revision of line.revisions) {
    const snapshot = revision.blob ? await history.store.get(revision.blob, revision.path) : null;
    revisions.push(viewOf(revision, snapshot, previous));
    if (snapshot) previous = snapshot;
  }
  const series = buildSeries(
    revisions
      .filter((revision) => revision.commit !== null && revision.blob !== null)
      .map((revision) => ({
        date: revision.commit?.date.slice(0, 10) ?? '',
        commit: revision.commit?.short ?? '',
        metrics: revision.metrics,
      })),
  );
  return { key: line.key, paths: line.paths, created: line.created, revisions, series };
}

function viewOf(
  revision: Revision,
  snapshot: DocSnapshot | null,
  previous: DocSnapshot | null,
): RevisionView {
  const doc = snapshot?.doc;
  const before = previous?.doc;
  const statusChanged = doc && before && doc.status !== before.status;
  return {
    ...revision,
    title: doc?.title ?? null,
    status: doc?.status ?? null,
    statusText: doc?.statusText ?? null,
    metrics: doc?.metrics ?? {},
    statusChange: statusChanged
      ? { from: before.status, to: doc.status, fromText: before.statusText, toText: doc.statusText }
      : null,
    deltas: doc && before ? compareMetrics(before.metrics, doc.metrics) : [],
    tasksCompleted: snapshot && previous ? completedTasks(previous.tasks, snapshot.tasks) : [],
  };
}

/** The docs of a version with their snapshots, by path; blobs git cannot give are left out. */
export async function loadVersion(history: History, version: Version): Promise<LoadedVersionDoc[]> {
  const loaded = await Promise.all(
    version.docs.map(async (doc) => {
      const snapshot = await history.store.get(doc.blob, doc.path);
      return snapshot ? { ...doc, snapshot } : null;
    }),
  );
  return loaded.filter((doc) => doc !== null);
}

/** The doc whose key, or any of whose past paths, is `pathOrKey`; latest path wins. */
export function findDocLine(history: History, pathOrKey: string): DocLine | null {
  return (
    history.docs.find((line) => line.key === pathOrKey) ??
    history.docs.find((line) => line.revisions.at(-1)?.path === pathOrKey) ??
    history.docs.find((line) => line.paths.includes(pathOrKey)) ??
    null
  );
}
