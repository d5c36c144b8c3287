import type { Metrics } from '../model/doc.ts';

/** How one metric moved between two revisions or versions. */
export interface MetricDelta {
  /** `coverage`, `completion`, `tests.passed`, `tasks.done`, or a custom metric's name. */
  metric: string;
  /** Value before; null when the metric was not there. */
  from: number | null;
  /** Value after; null when the metric is gone. */
  to: number | null;
  /** `to - from`, rounded to 2 decimals; null when either side is missing. */
  change: number | null;
  /** Unit to show: `%`, or a custom metric's unit; '' for counts. */
  unit: string;
  /** Of a count (`tests.passed`, `tasks.done`): the total after, for `31/62`. */
  total?: number | null;
  /** `coverage 40% → 42% (+2)`. */
  text: string;
}

interface Value {
  metric: string;
  value: number | undefined;
  unit: string;
  total?: number | undefined;
}

/** The values compared, in a fixed order, so deltas read the same every run. */
function valuesOf(metrics: Metrics): Value[] {
  const values: Value[] = [
    { metric: 'completion', value: metrics.completion, unit: '%' },
    { metric: 'coverage', value: metrics.coverage?.value, unit: '%' },
    {
      metric: 'tests.passed',
      value: metrics.tests?.passed,
      unit: '',
      total: metrics.tests?.total,
    },
    { metric: 'tests.failed', value: metrics.tests?.failed, unit: '' },
    { metric: 'tasks.done', value: metrics.tasks?.done, unit: '', total: metrics.tasks?.total },
  ];
  for (const name of Object.keys(metrics.custom ?? {}).sort()) {
    const custom = metrics.custom?.[name];
    values.push({ metric: name, value: custom?.value, unit: custom?.unit ?? '' });
  }
  return values;
}

/**
 * What changed between two metric sets: one delta per metric whose value
 * (or, for counts, total) differs, appeared or disappeared. Pure.
 */
export function compareMetrics(before: Metrics, after: Metrics): MetricDelta[] {
  const was = new Map(valuesOf(before).map((value) => [value.metric, value]));
  const now = new Map(valuesOf(after).map((value) => [value.metric, value]));
  const deltas: MetricDelta[] = [];
  for (const metric of new Set([...now.keys(), ...was.keys()])) {
    const old = was.get(metric);
    const current = now.get(metric);
    const from = old?.value ?? null;
    const to = current?.value ?? null;
    const fromTotal = old?.total ?? null;
    const toTotal = current?.total ?? null;
    if (from === to && (to === null || fromTotal === toTotal)) continue;
    const delta: MetricDelta = {
      metric,
      from,
      to,
      change: from !== null && to !== null ? round(to - from) : null,
      unit: current?.unit ?? old?.unit ?? '',
      text: '',
    };
    if (metric === 'tests.passed' || metric === 'tasks.done') delta.total = toTotal;
    delta.text = describe(delta, fromTotal);
    deltas.push(delta);
  }
  return deltas;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `coverage 40% → 42% (+2)`, `tasks 2/5 → 4/5 (+2)`, `completion 60% → (removed)`. */
function describe(delta: MetricDelta, fromTotal: number | null): string {
  const label = delta.metric === 'tasks.done' ? 'tasks' : delta.metric;
  const show = (value: number | null, total: number | null | undefined) => {
    if (value === null) return '(none)';
    if (total != null) return `${value}/${total}`;
    return delta.unit === '%' ? `${value}%` : delta.unit ? `${value} ${delta.unit}` : `${value}`;
  };
  const change =
    delta.change === null || delta.change === 0
      ? ''
      : ` (${delta.change > 0 ? '+' : ''}${delta.change})`;
  return `${label} ${show(delta.from, fromTotal)} → ${show(delta.to, delta.total)}${change}`;
}
