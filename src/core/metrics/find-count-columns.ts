import type { TableAnalysis, TableCellInfo, TableRowInfo } from './analyze-table.ts';
import { countRole, type CountRole } from './column-roles.ts';

/** The test counts of one row, by role, with the cells they come from. */
export type RowCounts = Partial<Record<CountRole, { value: number; cell: TableCellInfo }>>;

/**
 * Which column holds which test count (`Total`, `Passed`, `Failed`, `Errors`,
 * `Skipped`), by header. Only count columns take part. A role claimed by two
 * columns is ambiguous and dropped.
 */
export function findCountColumns(table: TableAnalysis): Partial<Record<CountRole, number>> {
  const found: Partial<Record<CountRole, number>> = {};
  const ambiguous = new Set<CountRole>();
  for (const column of table.columns) {
    if (column.kind !== 'count') continue;
    const role = countRole(column.key);
    if (!role) continue;
    if (found[role] === undefined) found[role] = column.index;
    else ambiguous.add(role);
  }
  for (const role of ambiguous) found[role] = undefined;
  return found;
}

/**
 * The exact counts of one row: plain non-negative integers only, so that
 * estimates (`~40`), bounds (`800+`) and ranges never take part. Empty cells
 * (`-`, `N/A`) are left out.
 */
export function rowCounts(
  row: TableRowInfo,
  columns: Partial<Record<CountRole, number>>,
): RowCounts {
  const counts: RowCounts = {};
  for (const [role, index] of Object.entries(columns) as [CountRole, number | undefined][]) {
    if (index === undefined) continue;
    const cell = row.cells[index];
    const value = cell?.value;
    if (!cell || !value || value.kind !== 'count' || value.approx || value.bound) continue;
    if (value.signed || value.min !== value.max || !Number.isInteger(value.min) || value.min < 0) {
      continue;
    }
    counts[role] = { value: value.min, cell };
  }
  return counts;
}
