import type { MetricDelta } from '../history/compare-metrics.ts';
import type { StatusChange } from '../history/load-doc-history.ts';
import type { ChangeLogEntry } from '../history/collect-change-log.ts';

/** A doc as a changelog names it. */
export interface ReleaseDoc {
  /** Stable key across versions (see `DocLine.key`). */
  key: string;
  path: string;
  title: string | null;
}

/** A doc that moved without being archived. */
export interface RenamedDoc extends ReleaseDoc {
  from: string;
}

/** A doc archived (moved into an archive folder, or marked archived) or superseded. */
export interface RetiredDoc extends ReleaseDoc {
  /** The path before, when it moved. */
  from: string | null;
  archived: boolean;
  superseded: boolean;
  /** The successor named by `superseded_by`, as written. */
  supersededBy: string | null;
}

/** What changed inside one doc. */
export interface ChangedDoc extends ReleaseDoc {
  /** The path before, when the doc was also renamed. */
  from?: string;
  status: StatusChange | null;
  deltas: MetricDelta[];
  tasksCompleted: string[];
  /** The doc's own change-log entries dated in this release, newest first. */
  entries: ChangeLogEntry[];
}

/** The changes between two consecutive versions. */
export interface Release {
  /** The version this release leads to; `latest` is the working tree. */
  version: string;
  /** The version before; null for the first. */
  previous: string | null;
  /** `YYYY-MM-DD` of the version's commit; null for the working tree. */
  date: string | null;
  /** Short commit id; null for the working tree. */
  commit: string | null;
  added: ReleaseDoc[];
  renamed: RenamedDoc[];
  changed: ChangedDoc[];
  retired: RetiredDoc[];
  removed: ReleaseDoc[];
}

/** Whether a release has nothing to say. */
export function isEmptyRelease(release: Release): boolean {
  return (
    release.added.length +
      release.renamed.length +
      release.changed.length +
      release.retired.length +
      release.removed.length ===
    0
  );
}
