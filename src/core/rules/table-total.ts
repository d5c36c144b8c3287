import { findTotalMismatches } from '../metrics/find-total-mismatches.ts';
import { formatLike } from '../metrics/format-number.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** `table-total`: a TOTAL row whose cell is not the sum of the column above it. */
export const tableTotal: DocRule = {
  id: 'table-total',
  description: 'A TOTAL row in a table must equal the sum of the rows it totals.',
  check({ source, index }) {
    for (const table of index.tables) {
      for (const { row, column, cell, total, sum } of findTotalMismatches(table)) {
        const expected = formatLike(sum, total);
        const label = row.total === 'subtotal' ? 'Subtotal' : 'Total';
        const name = column.header === '' ? `column ${column.index + 1}` : `\`${column.header}\``;
        report(
          source.file,
          'table-total',
          `${label} \`${cell.text}\` in ${name} does not match the sum of the rows above, \`${expected}\`; write \`${expected}\` or fix the rows`,
          cell.position,
          { expected: [expected], actual: cell.text },
        );
      }
    }
  },
};
