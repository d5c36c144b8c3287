import type { TableAnalysis, TableCellInfo, TableColumn, TableRowInfo } from './analyze-table.ts';
import { isAdditive } from './column-roles.ts';
import { compareSum, type NumberSum } from './compare-sum.ts';
import type { ParsedNumber } from './parse-number.ts';

/** A TOTAL cell that is not the sum of the cells above it. */
export interface TotalMismatch {
  row: TableRowInfo;
  column: TableColumn;
  cell: TableCellInfo;
  /** The total as written, parsed. */
  total: ParsedNumber;
  /** The sum of the rows it totals. */
  sum: NumberSum;
}

/**
 * Find TOTAL-row cells that contradict the sum of their column. Pure.
 *
 * Conservative by design, because a false alarm gets the rule turned off:
 * - only count, duration and ratio columns whose header is additive (not
 *   `Avg`, `Max`, `p95`, `Rate`, `#`…); percents average rather than add;
 * - the TOTAL cell and every non-empty cell it totals must parse as the
 *   column's kind and unit; one text cell (`TBD`) skips the column;
 * - at least two values must be summed;
 * - tables with section rows (a label and nothing else) are skipped: the
 *   total may cover only some sections;
 * - a TOTAL after Subtotal rows may sum either the subtotals or the plain
 *   rows; either reading is accepted;
 * - a labelled total (`Core total`, `Phase 1 Total`) is a subtotal: a
 *   grand total may sum it or the rows it sums, never both;
 * - a table with an empty or `N/A` number cell among the rows is skipped:
 *   its totals may count what the table does not list;
 * - a duration total equal to the longest or the mean duration is a
 *   wall-clock or average figure, not a sum, and is accepted; a count equal
 *   to the largest one counts distinct things that the rows share.
 */
export function findTotalMismatches(table: TableAnalysis): TotalMismatch[] {
  if (table.rows.some((row) => row.section) || listsPart(table)) return [];
  const mismatches: TotalMismatch[] = [];
  let start = 0;
  for (const row of table.rows) {
    if (!row.total) continue;
    const groups = candidateGroups(table.rows, start, row);
    start = row.index + 1;
    for (const column of table.columns) {
      const mismatch = checkColumn(row, column, groups);
      if (mismatch) mismatches.push(mismatch);
    }
  }
  return mismatches;
}

/** Whether a row leaves a number column empty (`-`, `N/A`): the totals may count what is not listed. */
function listsPart(table: TableAnalysis): boolean {
  return table.columns.some(
    (column) =>
      (column.kind === 'count' || column.kind === 'duration') &&
      table.rows.some((row) => !row.total && row.cells[column.index]?.empty === true),
  );
}

/** The row sets a total row may sum; the first is the one reported. */
function candidateGroups(
  rows: TableRowInfo[],
  start: number,
  total: TableRowInfo,
): TableRowInfo[][] {
  const segment = rows.slice(start, total.index);
  const before = rows.slice(0, total.index);
  const lastSubtotal = before.findLast((row) => row.total === 'subtotal');
  if (total.total !== 'total' || !lastSubtotal) return [segment];
  const plain = before.filter((row) => !row.total);
  const subtotals = before
    .filter((row) => row.total === 'subtotal')
    .concat(before.slice(lastSubtotal.index + 1));
  return [segment, plain, subtotals];
}

function checkColumn(
  row: TableRowInfo,
  column: TableColumn,
  groups: TableRowInfo[][],
): TotalMismatch | undefined {
  if (column.kind !== 'count' && column.kind !== 'duration' && column.kind !== 'ratio') return;
  if (!isAdditive(column.key)) return;
  const cell = row.cells[column.index];
  const total = cell?.value;
  if (!cell || !total || total.kind !== column.kind || total.signed) return;
  let first: NumberSum | undefined;
  for (const group of groups) {
    const terms = termsOf(group, column.index);
    if (!terms) continue;
    const comparison = compareSum(terms, total);
    if (!comparison) continue;
    if (comparison.matches || isAggregate(terms, total)) return;
    first ??= comparison.sum;
  }
  return first ? { row, column, cell, total, sum: first } : undefined;
}

/** The values of a column in some rows, or null if one is not a number. */
function termsOf(rows: TableRowInfo[], column: number): ParsedNumber[] | null {
  const terms: ParsedNumber[] = [];
  for (const row of rows) {
    const cell = row.cells[column];
    if (!cell || cell.empty) return null;
    if (!cell.value) return null;
    terms.push(cell.value);
  }
  return terms.length >= 2 ? terms : null;
}

/** A duration total that is the longest or the mean term, a count equal to the largest: not sums. */
function isAggregate(terms: ParsedNumber[], total: ParsedNumber): boolean {
  if (terms.some((term) => term.min !== term.max)) return false;
  const values = terms.map((term) => term.min);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const step = Math.min(total.step, ...terms.map((term) => term.step));
  const close = (value: number): boolean => Math.abs(total.min - value) <= step / 2;
  if (total.kind === 'count') return close(Math.max(...values));
  return total.kind === 'duration' && (close(Math.max(...values)) || close(mean));
}
