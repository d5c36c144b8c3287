import { findRatioContradictions } from '../metrics/find-ratio-contradictions.ts';
import { formatPercent } from '../metrics/format-number.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** `table-ratio`: a percent that contradicts the counts in its row. */
export const tableRatio: DocRule = {
  id: 'table-ratio',
  description: 'A percent in a table row must agree with the counts in that row.',
  check({ source, index }) {
    for (const table of index.tables) {
      for (const hit of findRatioContradictions(table)) {
        const { percent, numerator, denominator, column, cell } = hit;
        const expected = formatPercent((numerator / denominator) * 100, percent.decimals);
        const written =
          (percent.approx ? '~' : '') +
          (percent.min === percent.max
            ? formatPercent(percent.min, percent.decimals)
            : `${percent.min}-${formatPercent(percent.max, percent.decimals)}`);
        const label = column?.header ? column.header : 'Percent';
        const counts =
          hit.source === 'columns'
            ? `\`${hit.ratioText}\` ${hit.countLabel ?? hit.role}`
            : `\`${hit.ratioText}\` in the same ${hit.source === 'cell' ? 'cell' : 'row'}`;
        report(
          source.file,
          'table-ratio',
          `${label} \`${written}\` contradicts ${counts} (${expected}); write \`${expected}\` or fix the counts`,
          cell.position,
          { expected: [expected], actual: written },
        );
      }
    }
  },
};
