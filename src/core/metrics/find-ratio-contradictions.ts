import type { TableAnalysis, TableCellInfo, TableColumn, TableRowInfo } from './analyze-table.ts';
import { isDateColumn, percentRole } from './column-roles.ts';
import { findCountColumns, rowCounts, type RowCounts } from './find-count-columns.ts';
import { parseRatioWithPercent, type ParsedNumber } from './parse-number.ts';

/** A percent that contradicts the counts it is a share of. */
export interface RatioContradiction {
  row: TableRowInfo;
  /** The percent cell; for `31/62 (40%)`, the cell holding both. */
  cell: TableCellInfo;
  /** The percent column, or undefined when ratio and percent share a cell. */
  column: TableColumn | undefined;
  percent: ParsedNumber;
  numerator: number;
  denominator: number;
  /** Where the counts come from: count columns (`Passed`/`Total`), a ratio cell in the row, or the same cell. */
  source: 'columns' | 'row' | 'cell';
  /** Which share the percent is: of passed, failed or erroring counts. */
  role: 'pass' | 'fail' | 'error';
  /** For counts from columns: the numerator column's normalized header (`passed`, `done`). */
  countLabel: string | undefined;
  /** The ratio as written (`4/4`, `31/62`). */
  ratioText: string;
}

/** Percent headers that are a share of the row's own ratio: a pass rate, a progress, a status. */
const SHARE_OF_ROW =
  /\b(?:pass|passed|passing|rate|success|progress|complete|completed|completion|done|status|result|results)\b|进度|完成|状态/;

/** Points a whole-number percent may be off by: rounding, truncation, ceiling. */
const TOLERANCE = 1;
/** Points an estimated percent (`~50%`) may be off by. */
const APPROX_TOLERANCE = 5;

/**
 * Find percents that contradict the counts in their row. Pure.
 *
 * The counts come, in order of preference, from test-count columns named
 * by their headers (`Passed` / `Total`, or `Passed` + `Failed` + `Errors`
 * when there is no total), from the one ratio cell in the row (`31/62`), or
 * from the same cell (`31/62 (50%)`). Skipped, so as not to cry wolf:
 * signed percents (`-50%`, a change), bounds (`≥90%`), percent columns that
 * measure something else (`Target`, `Coverage`, `Gap`, `Before`/`After`),
 * rows with several ratio cells, date columns (`12/13`), ratios with a zero
 * denominator or a numerator above the denominator.
 */
export function findRatioContradictions(table: TableAnalysis): RatioContradiction[] {
  const countColumns = findCountColumns(table);
  const found: RatioContradiction[] = [];
  for (const row of table.rows) {
    if (row.section) continue;
    const counts = rowCounts(row, countColumns);
    const ratios = row.cells.filter((cell) =>
      isUsableRatio(cell.value, table.columns[cell.column]),
    );
    for (const cell of row.cells) {
      const hit = checkRatioInCell(row, cell) ?? checkPercentCell(table, row, cell, counts, ratios);
      if (hit) found.push(hit);
    }
  }
  return found;
}

/** `31/62 (60%)`: a ratio and its percent in one cell. */
function checkRatioInCell(row: TableRowInfo, cell: TableCellInfo): RatioContradiction | undefined {
  const inCell = cell.value ? null : parseRatioWithPercent(cell.text);
  const { numerator, denominator } = inCell?.ratio ?? {};
  if (!inCell || numerator === undefined || !denominator) return;
  const hit = contradiction(inCell.percent, numerator, denominator);
  if (!hit) return;
  const ratioText = cell.text.replace(/\s*\(.*$/, '');
  return {
    row,
    cell,
    column: undefined,
    ...hit,
    source: 'cell',
    role: 'pass',
    countLabel: undefined,
    ratioText,
  };
}

/** A percent cell, against count columns or the one ratio cell of its row. */
function checkPercentCell(
  table: TableAnalysis,
  row: TableRowInfo,
  cell: TableCellInfo,
  counts: RowCounts,
  ratios: TableCellInfo[],
): RatioContradiction | undefined {
  const column = table.columns[cell.column];
  const percent = cell.value;
  if (!column || percent?.kind !== 'percent' || percent.signed || percent.bound) return;
  const role = percentRole(column.key);
  if (role === 'other') return;
  const fromColumns = shareFromCounts(counts, role, table.columns);
  // A lone ratio cell says nothing about failures, and a bare `%` column may
  // be a share of anything (cost, time): only headers that name a pass rate,
  // progress or status are compared with it.
  const ratio =
    ratios.length === 1 && role === 'pass' && SHARE_OF_ROW.test(column.key)
      ? ratios[0]?.value
      : undefined;
  const share =
    fromColumns ??
    (ratio?.denominator && ratios[0]
      ? {
          numerator: ratio.min,
          denominator: ratio.denominator,
          text: ratios[0].text,
          label: undefined,
        }
      : undefined);
  if (!share) return;
  const hit = contradiction(percent, share.numerator, share.denominator);
  if (!hit) return;
  // `67/73 passing, 6 skipped, 100%`: a pass rate of the tests that ran.
  const skipped = fromColumns ? counts.skipped?.value : undefined;
  if (skipped && !contradiction(percent, share.numerator, share.denominator - skipped)) return;
  const source = fromColumns ? 'columns' : 'row';
  return {
    row,
    cell,
    column,
    ...hit,
    source,
    role,
    countLabel: share.label,
    ratioText: share.text,
  };
}

function contradiction(
  percent: ParsedNumber,
  numerator: number,
  denominator: number,
): { percent: ParsedNumber; numerator: number; denominator: number } | undefined {
  if (denominator <= 0 || numerator > denominator || percent.bound || percent.signed) return;
  const actual = (numerator / denominator) * 100;
  const tolerance = percent.approx ? APPROX_TOLERANCE : TOLERANCE;
  const inside =
    actual >= percent.min - tolerance - 1e-9 && actual <= percent.max + tolerance + 1e-9;
  return inside ? undefined : { percent, numerator, denominator };
}

function shareFromCounts(
  counts: RowCounts,
  role: 'pass' | 'fail' | 'error',
  columns: TableColumn[],
): { numerator: number; denominator: number; text: string; label: string } | undefined {
  const part = role === 'pass' ? counts.passed : role === 'fail' ? counts.failed : counts.errors;
  if (!part) return;
  let denominator = counts.total?.value;
  if (denominator === undefined) {
    // No total column: passed + failed (+ errors) is the total, but only
    // when nothing is left out (a Skipped column makes the base ambiguous).
    if (!counts.passed || !counts.failed || counts.skipped) return;
    denominator = counts.passed.value + counts.failed.value + (counts.errors?.value ?? 0);
  }
  const label = columns[part.cell.column]?.key ?? role;
  return { numerator: part.value, denominator, text: `${part.value}/${denominator}`, label };
}

function isUsableRatio(value: ParsedNumber | null, column: TableColumn | undefined): boolean {
  if (value?.kind !== 'ratio' || !column || isDateColumn(column.key)) return false;
  const { numerator, denominator } = value;
  return (
    numerator !== undefined &&
    denominator !== undefined &&
    denominator > 0 &&
    numerator <= denominator &&
    // `4.0/5.0`, `3.5/5` are scores, not counts.
    Number.isInteger(numerator) &&
    value.decimals === 0 &&
    !value.approx &&
    !value.bound
  );
}
