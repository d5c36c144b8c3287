import { findCountColumns, rowCounts } from '../metrics/find-count-columns.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

const PARTS = ['passed', 'failed', 'errors', 'skipped'] as const;

/**
 * `metric-sum`: test counts whose parts exceed their total. This file checks
 * table rows (`| Total | Passed | Failed | Errors |`); sums are only checked
 * for exceeding the total, since a row may leave out categories it does not
 * list (a `Skipped` column that is not there), and a total may count only
 * the tests that ran (`54 | 54 passed | 7 skipped`).
 */
export const metricSum: DocRule = {
  id: 'metric-sum',
  description: 'Passed + failed + errors + skipped cannot exceed the total.',
  check({ source, index }) {
    for (const table of index.tables) {
      const columns = findCountColumns(table);
      if (columns.total === undefined || columns.passed === undefined) continue;
      for (const row of table.rows) {
        const counts = rowCounts(row, columns);
        const total = counts.total;
        const parts = PARTS.flatMap((role) => {
          const count = counts[role];
          return count ? [{ role, ...count }] : [];
        });
        if (!total || !counts.passed || parts.length < 2) continue;
        const sum = parts.reduce((acc, part) => acc + part.value, 0);
        if (sum <= total.value) continue;
        // A total of the tests that ran leaves the skipped ones out.
        if (sum - (counts.skipped?.value ?? 0) === total.value) continue;
        const shown = parts.filter((part) => part.role === 'passed' || part.value !== 0);
        const terms = shown.map((part) => `${part.role} \`${part.cell.text}\``).join(' + ');
        report(
          source.file,
          'metric-sum',
          `${terms.charAt(0).toUpperCase()}${terms.slice(1)} = ${sum} exceeds total \`${total.cell.text}\`; correct the counts or the total`,
          row.position,
          { expected: [`<= ${total.value}`], actual: String(sum) },
        );
      }
    }
  },
};
