/**
 * History, versions and snapshots from git, for the CLI and the site.
 *
 * `readHistory(root, config)` reads everything with three git processes
 * (probe, one log pass, one `cat-file --batch`); `loadVersion` and
 * `loadDocHistory` parse snapshots on demand, each distinct blob once;
 * `versionTargets` drives a version switcher; `DocLine.paths` gives
 * redirects from old paths. Call `history.close()` when done.
 */
export type {
  Commit,
  DocLine,
  History,
  LoadedVersionDoc,
  Revision,
  RevisionChange,
  Version,
  VersionDoc,
} from './history.ts';
export type { DocSnapshot, TaskState } from './doc-snapshot.ts';
export type { MetricDelta } from './compare-metrics.ts';
export type { MetricSeries, SeriesPoint } from './build-series.ts';
export type { DocHistoryView, RevisionView, StatusChange } from './load-doc-history.ts';
export { readHistory, type ReadHistoryOptions } from './read-history.ts';
export { findDocLine, loadDocHistory, loadVersion } from './load-doc-history.ts';
export { versionTargets, type VersionTarget } from './version-switch.ts';
export { describeRevision } from './format-history-text.ts';
