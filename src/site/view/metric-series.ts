import type { DocView } from '../model/doc-view.ts';
import { compareText } from './compare.ts';
import type { SeriesPoint } from './sparkline.ts';

/** One point of a metric series, with the doc it was read from. */
export interface MetricPoint extends SeriesPoint {
  path: string;
}

/**
 * Series of the metrics that mean the same thing across docs, keyed
 * `tests` (tests passed), `coverage` (percent) and `custom:<name>`. Only
 * status trackers and reports count: they measure the project. A tracker is
 * dated by its last update (its numbers are current then), a report by its
 * own date. Completion is left out on purpose: each plan and report has its
 * own, and one line across them would mix different things.
 */
export type MetricSeries = ReadonlyMap<string, MetricPoint[]>;

/** Build the metric series of a doc set; each series is sorted by date, then path. */
export function buildMetricSeries(docs: readonly DocView[]): Map<string, MetricPoint[]> {
  const series = new Map<string, MetricPoint[]>();
  const add = (key: string, point: MetricPoint): void => {
    const list = series.get(key) ?? [];
    list.push(point);
    series.set(key, list);
  };
  for (const doc of docs) {
    if (doc.kind !== 'status' && doc.kind !== 'report') continue;
    const date = doc.kind === 'status' ? (doc.updated ?? doc.date) : (doc.date ?? doc.updated);
    if (date === null) continue;
    const { tests, coverage, custom } = doc.metrics;
    if (tests?.passed !== undefined) add('tests', { date, value: tests.passed, path: doc.path });
    if (coverage) add('coverage', { date, value: coverage.value, path: doc.path });
    for (const [name, metric] of Object.entries(custom ?? {})) {
      add(`custom:${name}`, { date, value: metric.value, path: doc.path });
    }
  }
  for (const list of series.values()) {
    list.sort((a, b) => compareText(a.date, b.date) || compareText(a.path, b.path));
  }
  return series;
}
