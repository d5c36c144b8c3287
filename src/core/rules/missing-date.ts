import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Names of reference docs, which need no date: guides, indexes, READMEs, runbooks, templates. */
const REFERENCE =
  /(?:^|[^\p{L}])(?:readme|index|indice|toc|guides?|guia|leitfaden|howto|how to|manual|handbuch|runbook|reference|template|troubleshooting|faq|glossary|cheatsheet|overview|architecture|design|conventions?|contributing|setup|install(?:ation)?)(?:$|[^\p{L}])/iu;

/**
 * `missing-date`: a status doc with no date anywhere statusdocs looks
 * (frontmatter `date`/`created`/`updated`, header lines such as `**Date**:`,
 * `**Created**:`, `**Datum**:`, a dated file or folder name). Without one it
 * cannot be placed on the timeline or checked for staleness. Only docs that
 * read as status docs count: ones that state a status or whose path or
 * title names a kind (report, plan, status, handoff, decision). Guides,
 * indexes, READMEs and other reference docs need no date.
 */
export const missingDate: DocRule = {
  id: 'missing-date',
  description:
    'Every status doc needs a date: frontmatter `date`, a `**Date**:` line or a dated file name.',
  check({ source, doc }) {
    if (doc.date || doc.updated || source.text.trim() === '') return;
    // Broken YAML already has its own error; its date cannot be read.
    if (source.frontmatter && source.frontmatter.problems.length > 0) return;
    const name = (doc.path.split('/').pop() ?? '').replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ');
    if (REFERENCE.test(name) || (doc.title !== null && REFERENCE.test(doc.title))) return;
    const statusDoc = doc.status !== null || doc.statusText !== null;
    if (!statusDoc && (doc.sources.kind?.from ?? 'default') === 'default') return;
    if (doc.kind === 'archive' && !statusDoc) return;
    report(
      source.file,
      'missing-date',
      'Doc has no date; add frontmatter `date: YYYY-MM-DD`, a `**Date**: YYYY-MM-DD` line, or a date in the file name',
      { line: 1, column: 1 },
    );
  },
};
