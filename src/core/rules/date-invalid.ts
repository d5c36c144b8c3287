import { collectDateCandidates } from '../model/collect-date-candidates.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `date-invalid`: a date that is not a real calendar date or not readable
 * (`2025-02-30`, `sometime in May`), in frontmatter or a header line.
 */
export const dateInvalid: DocRule = {
  id: 'date-invalid',
  description: 'Dates must be real calendar dates, best written YYYY-MM-DD.',
  check({ source }) {
    for (const candidate of collectDateCandidates(source)) {
      if (candidate.parsed !== null) continue;
      if (candidate.source.from !== 'frontmatter' && candidate.source.from !== 'header') continue;
      const where = candidate.source.line
        ? { line: candidate.source.line, column: candidate.source.column ?? 1 }
        : undefined;
      const label = candidate.key ? `\`${candidate.key}\` ` : '';
      report(
        source.file,
        'date-invalid',
        `Date ${label}\`${candidate.raw}\` is not a valid date; write it as YYYY-MM-DD`,
        where,
        { actual: candidate.raw },
      );
    }
  },
};
