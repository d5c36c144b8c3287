import type { FileResult } from '../check/check-result.ts';
import type { DocField, ValueSource } from '../model/doc.ts';

/** One metric of one doc, flat, for spreadsheets and dashboards. */
export interface MetricRow {
  /** The doc's path as shown in reports. */
  path: string;
  /** The doc's id. */
  id: string;
  /** `tests.passed`, `coverage`, `coverage.target`, `completion`, `tasks.done`, or a custom name. */
  metric: string;
  value: number;
  /** `%` for percents, a custom metric's unit, else `null`. */
  unit: string | null;
  /** Where the value was read: `frontmatter`, `header`, `body`, `table`, … */
  from: string | null;
  /** 1-based line of the value, when known. */
  line: number | null;
}

/**
 * Every metric of every doc as rows, with where each was read. Docs without
 * metrics give no row. Pure; rows follow the docs' order, then a fixed
 * metric order (completion, tests, coverage, tasks, custom by name).
 */
export function collectMetricRows(
  files: readonly FileResult[],
  display: (path: string) => string = (path) => path,
): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const { doc } of files) {
    const { metrics, sources } = doc;
    const add = (
      metric: string,
      value: number | undefined,
      unit: string | null,
      field?: DocField,
      source?: ValueSource,
    ): void => {
      if (value === undefined) return;
      const where = source ?? (field ? sources[field] : undefined);
      rows.push({
        path: display(doc.path),
        id: doc.id,
        metric,
        value,
        unit,
        from: where?.from ?? null,
        line: where?.line ?? null,
      });
    };
    add('completion', metrics.completion, '%', 'metrics.completion');
    for (const key of ['passed', 'failed', 'errors', 'skipped', 'total'] as const) {
      add(`tests.${key}`, metrics.tests?.[key], null, 'metrics.tests');
    }
    add('coverage', metrics.coverage?.value, '%', 'metrics.coverage');
    add('coverage.target', metrics.coverage?.target, '%', 'metrics.coverage');
    add('tasks.done', metrics.tasks?.done, null, 'metrics.tasks');
    add('tasks.total', metrics.tasks?.total, null, 'metrics.tasks');
    const custom = Object.entries(metrics.custom ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name, metric] of custom) {
      const frontmatter: ValueSource = { from: 'frontmatter' };
      add(name, metric.value, metric.unit ?? null, undefined, frontmatter);
      add(`${name}.target`, metric.target, metric.unit ?? null, undefined, frontmatter);
    }
  }
  return rows;
}

const COLUMNS = ['path', 'id', 'metric', 'value', 'unit', 'from', 'line'] as const;

/** Rows as RFC 4180 CSV with a header line; `null` is an empty cell. */
export function formatMetricsCsv(rows: readonly MetricRow[]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    COLUMNS.join(','),
    ...rows.map((row) => COLUMNS.map((key) => cell(row[key])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Rows as JSON: `{ "version": 1, "metrics": [...] }`, 2-space indent. */
export function formatMetricsJson(rows: readonly MetricRow[]): string {
  return `${JSON.stringify({ version: 1, metrics: rows }, null, 2)}\n`;
}
