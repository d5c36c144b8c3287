import type { DocView } from '../model/doc-view.ts';
import { SOURCE_LABEL } from './format.ts';

/** Where one number of the lead tracker was read. */
export interface MetricOrigin {
  /** `Tests`, `Coverage`, `Completion`, `Tasks`. */
  metric: string;
  /** `header line`, `body text`, `frontmatter`. */
  from: string;
  /** 1-based line in the tracker, or null. */
  line: number | null;
}

/** The project's status trackers, as the dashboard shows them. */
export interface Trackers {
  /**
   * The tracker whose metrics lead the dashboard: the newest live doc of kind
   * `status` with metrics; else the newest retired one (`stale` says so).
   */
  lead: DocView | undefined;
  /** Whether the lead tracker is archived, superseded or abandoned (no live tracker has metrics). */
  stale: boolean;
  /** Where each of its numbers came from, in card order. */
  origins: MetricOrigin[];
  /** The other live status trackers with metrics, newest first. */
  others: DocView[];
}

const METRIC_NAME: Readonly<Record<string, string>> = {
  'metrics.tests': 'Tests',
  'metrics.coverage': 'Coverage',
  'metrics.completion': 'Completion',
  'metrics.tasks': 'Tasks',
};

/** A tracker that was replaced or put away no longer speaks for the project. */
const OUT_OF_DATE: ReadonlySet<string> = new Set(['archived', 'superseded', 'abandoned']);

/**
 * The status trackers of `byActivity` (docs newest first): only docs of kind
 * `status` with metrics count; reports and plans carry numbers of their own
 * moment, not the project's. Pure.
 */
export function pickTrackers(byActivity: readonly DocView[]): Trackers {
  const withMetrics = byActivity.filter(
    (doc) => doc.kind === 'status' && Object.keys(doc.metrics).length > 0,
  );
  const live = withMetrics.filter((doc) => doc.status === null || !OUT_OF_DATE.has(doc.status));
  const lead = live[0] ?? withMetrics[0];
  return {
    lead,
    stale: lead !== undefined && live.length === 0,
    origins: lead ? originsOf(lead) : [],
    others: live.slice(1),
  };
}

function originsOf(doc: DocView): MetricOrigin[] {
  return doc.sources.flatMap((source) => {
    const metric = METRIC_NAME[source.field];
    if (metric === undefined) return [];
    return [{ metric, from: SOURCE_LABEL[source.from] ?? source.from, line: source.line }];
  });
}
