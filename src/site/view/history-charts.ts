import type { MetricSeries } from '../../core/history/index.ts';
import type { MetricsView } from '../model/doc-view.ts';
import type { RevisionItem } from '../model/revision-item.ts';
import { formatNumber } from './format.ts';
import { sparklineSvg } from './sparkline.ts';

/** A trend chart of one metric of one doc. */
export interface HistoryChart {
  metric: string;
  label: string;
  /** Static SVG; its accessible name lists every value. */
  svg: string;
  /** `40% → 61%`: the first and the last value. */
  range: string;
}

const LABEL: Readonly<Record<string, string>> = {
  completion: 'Completion',
  coverage: 'Coverage',
  'tests.passed': 'Tests passed',
  'tests.failed': 'Tests failed',
  'tasks.done': 'Tasks done',
};

/** What a revision did to the doc, in words: `Renamed from`, `Created`, … */
export const CHANGE_LABEL: Readonly<Record<RevisionItem['change'], string>> = {
  added: 'Created',
  modified: 'Edited',
  renamed: 'Renamed',
  deleted: 'Deleted',
  boundary: 'Already there where history starts',
  uncommitted: 'Not committed yet',
};

function labelOf(series: MetricSeries): string {
  return LABEL[series.metric] ?? series.metric;
}

function show(value: number, unit: string): string {
  return `${formatNumber(value, 2)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
}

/**
 * Charts of a doc's metrics over its revisions: one per metric with two or
 * more values, totals left out (they frame the counts they go with). Pure.
 */
export function buildHistoryCharts(series: readonly MetricSeries[]): HistoryChart[] {
  return series
    .filter((line) => !line.metric.endsWith('.total') && line.points.length >= 2)
    .map((line) => {
      const unit = line.unit === '%' ? '%' : line.unit ? ` ${line.unit}` : '';
      const first = line.points[0];
      const last = line.points.at(-1);
      return {
        metric: line.metric,
        label: labelOf(line),
        svg: sparklineSvg(line.points, { label: labelOf(line), unit, width: 240, height: 56 }),
        range:
          first && last ? `${show(first.value, line.unit)} → ${show(last.value, line.unit)}` : '',
      };
    });
}

/**
 * Sparklines for the dashboard's metric cards from the tracker's own
 * history (`tests`, `coverage`, custom names), for metrics with two or more
 * values; the others are left to the cross-doc trends. Pure.
 */
export function trackerTrends(
  series: readonly MetricSeries[],
  metrics: MetricsView,
): Record<string, string> {
  const byMetric = new Map(series.map((line) => [line.metric, line]));
  const trends: Record<string, string> = {};
  const add = (card: string, metric: string, label: string): void => {
    const line = byMetric.get(metric);
    if (!line) return;
    const unit = line.unit === '%' ? '%' : line.unit ? ` ${line.unit}` : '';
    const svg = sparklineSvg(line.points, { label, unit });
    if (svg !== '') trends[card] = svg;
  };
  if (metrics.tests) add('tests', 'tests.passed', 'Tests passed');
  if (metrics.coverage) add('coverage', 'coverage', 'Coverage');
  for (const name of Object.keys(metrics.custom ?? {})) add(name, name, name);
  return trends;
}
