import type { Metrics } from '../model/doc.ts';

/** One point of a metric over time. */
export interface SeriesPoint {
  /** `YYYY-MM-DD` of the commit. */
  date: string;
  /** Short commit id. */
  commit: string;
  value: number;
}

/** One metric of one doc over time, for a chart. */
export interface MetricSeries {
  /** `completion`, `coverage`, `tests.passed`, `tests.failed`, `tests.total`, `tasks.done`, `tasks.total`, or a custom name. */
  metric: string;
  /** `%`, a custom unit, or '' for counts. */
  unit: string;
  /** Oldest first. */
  points: SeriesPoint[];
}

/** A dated state of a doc's metrics. */
export interface MetricsAt {
  date: string;
  commit: string;
  metrics: Metrics;
}

/** Every metric the model knows, as `[name, unit, value]`, in a fixed order. */
function flatten(metrics: Metrics): [string, string, number | undefined][] {
  const values: [string, string, number | undefined][] = [
    ['completion', '%', metrics.completion],
    ['coverage', '%', metrics.coverage?.value],
    ['tests.passed', '', metrics.tests?.passed],
    ['tests.failed', '', metrics.tests?.failed],
    ['tests.total', '', metrics.tests?.total],
    ['tasks.done', '', metrics.tasks?.done],
    ['tasks.total', '', metrics.tasks?.total],
  ];
  for (const name of Object.keys(metrics.custom ?? {}).sort()) {
    const custom = metrics.custom?.[name];
    values.push([name, custom?.unit ?? '', custom?.value]);
  }
  return values;
}

/**
 * Metric series for charts from dated states, oldest first: one series per
 * metric that has a value at least once, one point per state that has it. Pure.
 */
export function buildSeries(states: readonly MetricsAt[]): MetricSeries[] {
  const series = new Map<string, MetricSeries>();
  for (const state of states) {
    for (const [metric, unit, value] of flatten(state.metrics)) {
      if (value === undefined || !Number.isFinite(value)) continue;
      let line = series.get(metric);
      if (!line) {
        line = { metric, unit, points: [] };
        series.set(metric, line);
      }
      line.points.push({ date: state.date, commit: state.commit, value });
    }
  }
  return [...series.values()];
}
