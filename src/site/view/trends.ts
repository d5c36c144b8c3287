import type { DocView, MetricsView } from '../model/doc-view.ts';
import { buildMetricSeries } from './metric-series.ts';
import { sparklineSvg } from './sparkline.ts';

/**
 * Sparklines for the metric cards of `metrics` (the dashboard's tracker), by
 * card key: `tests` (tests passed), `coverage`, or a custom metric's name.
 * Each series runs across the status trackers and reports by date
 * (`buildMetricSeries`); metrics with fewer than two values get none.
 */
export function buildTrends(
  docs: readonly DocView[],
  metrics: MetricsView,
): Record<string, string> {
  const series = buildMetricSeries(docs);
  const trends: Record<string, string> = {};
  const add = (key: string, seriesKey: string, label: string, unit?: string): void => {
    const svg = sparklineSvg(series.get(seriesKey) ?? [], { label, ...(unit ? { unit } : {}) });
    if (svg !== '') trends[key] = svg;
  };
  if (metrics.tests) add('tests', 'tests', 'Tests passed');
  if (metrics.coverage) add('coverage', 'coverage', 'Coverage', '%');
  for (const [name, metric] of Object.entries(metrics.custom ?? {})) {
    add(
      name,
      `custom:${name}`,
      name,
      metric.unit === undefined ? undefined : ` ${metric.unit}`.replace(' %', '%'),
    );
  }
  return trends;
}
