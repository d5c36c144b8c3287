import type { TestsMetric } from '../model/doc.ts';
import { labelKey, type TableAnalysis, type TableCellInfo } from './analyze-table.ts';
import type { BodyClaim, PercentClaim, TestsClaim } from './body-claim.ts';
import { describesGoal, findDates, inPastSection, isGenericLabel } from './claim-context.ts';
import { isDateColumn } from './column-roles.ts';
import { sectionAt, type Section } from './collect-sections.ts';
import { parseNumber, parseRatioWithPercent, type ParsedNumber } from './parse-number.ts';

/** Headers of a column (or the first column) that make a table a trend over time. */
const TREND =
  /\b(?:date|day|week|sprint|month|quarter|version|release|iteration|period|milestone|run|build|when|session|year)\b/;

/** Value columns that do not hold the current value: targets, claims, before, deltas. */
const NOT_CURRENT =
  /\b(?:target|goal|expected|planned|budget|claimed|claim|previous|prev|before|old|original|baseline|delta|change|diff|gap|trend|threshold|required|minimum|estimate|estimated)\b/;

/** Headers of a key-value table's value column: the value as it stands. */
const VALUE_HEADER =
  /^(?:|value|values|result|results|actual|current|now|count|number|#|status|score|amount|today|latest|reality|measured)$/;

/** Headers of a key-value table's label column. */
const LABEL_HEADER =
  /^(?:|metric|metrics|kpi|kpis|measure|measures|indicator|item|category|area|aspect|gate|check|name)$/;

/** Row labels of a key-value table, by metric; test rows also say which count they hold. */
const ROW_METRIC: { metric: PercentClaim['metric'] | keyof TestsMetric; pattern: RegExp }[] = [
  { metric: 'passRate', pattern: /\bpass(?:ing)? rate\b|\bsuccess rate\b/ },
  { metric: 'coverage', pattern: /\bcoverage\b/ },
  { metric: 'completion', pattern: /\b(?:completion|progress|percent complete)\b|^overall$/ },
  { metric: 'passed', pattern: /^(?:tests? )?(?:passing|passed)(?: tests?)?$|^tests? passing$/ },
  { metric: 'failed', pattern: /^(?:tests? )?(?:failing|failed|failures)(?: tests?)?$/ },
  { metric: 'errors', pattern: /^(?:tests? )?(?:erroring|errors|errored)(?: tests?)?$/ },
  { metric: 'skipped', pattern: /^(?:tests? )?skipped(?: tests?)?$/ },
  { metric: 'total', pattern: /^(?:total tests|tests total|tests run|tests|test count)$/ },
];

/** The metric a key-value row's label names. */
function rowMetric(key: string): (typeof ROW_METRIC)[number]['metric'] | undefined {
  return ROW_METRIC.find((entry) => entry.pattern.test(key))?.metric;
}

/** Column headers that hold a metric for each row (`| Module | Coverage |`). */
const COLUMN_METRIC: { metric: PercentClaim['metric']; pattern: RegExp }[] = [
  { metric: 'passRate', pattern: /^(?:pass(?:ing)? rate|success rate)$/ },
  { metric: 'coverage', pattern: /^(?:(?:test|code|line|current)\s+)?coverage$/ },
  {
    metric: 'completion',
    pattern: /^(?:completion|progress|% complete|percent complete|complete %)$/,
  },
];

/**
 * Claims from GFM tables. Key-value tables (`| Tests Passing | 31/62 |`,
 * `| Coverage | 48% |`) give one claim per row; their test rows that share a
 * total are merged into one count. Metric columns (`| Module | Coverage |`)
 * give one claim per row, current only in a TOTAL/Overall row. A trend table
 * (a date, sprint or version column) is history: none of its claims is current.
 */
export function extractTableClaims(
  tables: readonly TableAnalysis[],
  sections: readonly Section[],
): BodyClaim[] {
  const claims: BodyClaim[] = [];
  for (const table of tables) {
    const first = table.rows[0]?.position?.start.offset;
    if (first === undefined) continue;
    const section = sectionAt(sections, first);
    const past = isTrend(table) || inPastSection(section);
    const context = { section: section?.title ?? null, past };
    claims.push(...keyValueClaims(table, context), ...columnClaims(table, context));
  }
  return claims;
}

interface TableContext {
  section: string | null;
  past: boolean;
}

function isTrend(table: TableAnalysis): boolean {
  if (table.columns.some((column) => TREND.test(column.key) || isDateColumn(column.key))) {
    return true;
  }
  const labels = table.rows.map((row) => row.cells[0]?.text ?? '');
  return (
    labels.length > 0 &&
    labels.filter((text) => findDates(text).length > 0).length * 2 > labels.length
  );
}

function keyValueClaims(table: TableAnalysis, context: TableContext): BodyClaim[] {
  const claims: BodyClaim[] = [];
  const tests: TestsClaim[] = [];
  const labelHeader = table.columns[0]?.key ?? '';
  const valueColumns = table.columns
    .slice(1)
    .filter(
      (column) =>
        !NOT_CURRENT.test(column.key) &&
        (VALUE_HEADER.test(column.key) || LABEL_HEADER.test(labelHeader)),
    );
  for (const row of table.rows) {
    const label = row.cells[0]?.text ?? '';
    const key = labelKey(label);
    const metric = rowMetric(key);
    if (!metric || describesGoal(key)) continue;
    const cell = valueColumns
      .map((column) => row.cells[column.index])
      .find((candidate) => candidate && !candidate.empty && readValue(candidate) !== null);
    if (!cell?.position) continue;
    const value = readValue(cell);
    if (!value) continue;
    const base = {
      text: `${label}: ${cell.text}`,
      position: cell.position,
      section: context.section,
      label,
      place: 'table' as const,
    };
    if (metric === 'passRate' || metric === 'coverage' || metric === 'completion') {
      const percent = value.percent ?? (value.number.kind === 'percent' ? value.number : null);
      if (!percent) continue;
      claims.push({
        metric,
        value: percent,
        ...base,
        current: !context.past && percent.bound === undefined && isGenericLabel(metric, label),
      });
      continue;
    }
    const counts: TestsMetric = {};
    if (value.number.kind === 'ratio') {
      counts[metric] = value.number.min;
      if (value.number.denominator !== undefined) counts.total = value.number.denominator;
    } else if (value.number.kind === 'count' && value.number.min === value.number.max) {
      counts[metric] = value.number.min;
    } else {
      continue;
    }
    const claim: TestsClaim = {
      metric: 'tests',
      counts,
      ...base,
      current:
        !context.past && isGenericLabel('tests', metric === 'passed' ? 'tests passing' : null),
    };
    const same = tests.find(
      (other) =>
        (other.counts.total === undefined ||
          counts.total === undefined ||
          other.counts.total === counts.total) &&
        Object.keys(counts).every(
          (k) => !(k in other.counts) || (k === 'total' && other.counts.total === counts.total),
        ),
    );
    if (same) Object.assign(same.counts, counts);
    else tests.push(claim);
  }
  return [...claims, ...tests];
}

function readValue(cell: TableCellInfo): { number: ParsedNumber; percent?: ParsedNumber } | null {
  const both = parseRatioWithPercent(cell.text);
  if (both) return { number: both.ratio, percent: both.percent };
  const number = cell.value ?? parseNumber(cell.text);
  return number ? { number } : null;
}

function columnClaims(table: TableAnalysis, context: TableContext): BodyClaim[] {
  const claims: BodyClaim[] = [];
  for (const column of table.columns.slice(1)) {
    const metric = COLUMN_METRIC.find((entry) => entry.pattern.test(column.key))?.metric;
    if (!metric) continue;
    for (const row of table.rows) {
      const cell = row.cells[column.index];
      const value = cell?.value;
      if (!cell?.position || value?.kind !== 'percent') continue;
      const label = row.cells[0]?.text ?? '';
      claims.push({
        metric,
        value,
        text: `${label} ${column.header}: ${cell.text}`,
        position: cell.position,
        section: context.section,
        label: `${label} ${column.header}`,
        place: 'table',
        current: !context.past && row.total === 'total' && value.bound === undefined,
      });
    }
  }
  return claims;
}
