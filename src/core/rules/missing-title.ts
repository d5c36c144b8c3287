import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `missing-title`: a doc with neither a frontmatter `title` nor a
 * first-level heading (the file name then stands in as its title).
 */
export const missingTitle: DocRule = {
  id: 'missing-title',
  description: 'Every doc needs a title: frontmatter `title` or a `# Heading`.',
  check({ source, doc }) {
    if ((doc.title && doc.sources.title?.from !== 'filename') || source.text.trim() === '') return;
    report(
      source.file,
      'missing-title',
      'Doc has no title; add a `# Title` heading or a frontmatter `title`',
      { line: 1, column: 1 },
    );
  },
};
