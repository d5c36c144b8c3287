import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `missing-date`: a doc with no date anywhere statusdocs looks (frontmatter
 * `date`/`updated`, a `**Date**:` line, the file name). Without one it cannot
 * be placed on the timeline or checked for staleness.
 */
export const missingDate: DocRule = {
  id: 'missing-date',
  description:
    'Every doc needs a date: frontmatter `date`, a `**Date**:` line or a dated file name.',
  check({ source, doc }) {
    if (doc.date || doc.updated || source.text.trim() === '') return;
    // Broken YAML already has its own error; its date cannot be read.
    if (source.frontmatter && source.frontmatter.problems.length > 0) return;
    report(
      source.file,
      'missing-date',
      'Doc has no date; add frontmatter `date: YYYY-MM-DD`, a `**Date**: YYYY-MM-DD` line, or a date in the file name',
      { line: 1, column: 1 },
    );
  },
};
