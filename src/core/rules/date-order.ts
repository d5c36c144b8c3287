import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Where a doc states its own dates: a folder or file name dates an archive, not the doc. */
const STATED = new Set(['frontmatter', 'header']);

/**
 * `date-order`: a doc updated before it was written. Both dates must be
 * stated by the doc itself (frontmatter or a header line): a date taken
 * from a folder or file name (`archive/2026-03/`, `docs-removed-2025-12-03/`)
 * says when the doc was filed or archived, and a doc's last update before
 * that is the normal case.
 */
export const dateOrder: DocRule = {
  id: 'date-order',
  description: 'A doc cannot be updated (`updated`) before its own `date`.',
  check({ source, doc }) {
    if (!doc.date || !doc.updated || doc.updated >= doc.date) return;
    const where = doc.sources.updated;
    if (!STATED.has(doc.sources.date?.from ?? '') || !STATED.has(where?.from ?? '')) return;
    report(
      source.file,
      'date-order',
      `Updated date \`${doc.updated}\` is before the doc's date \`${doc.date}\`; fix one of them`,
      where?.line ? { line: where.line, column: where.column ?? 1 } : undefined,
      { expected: [`>= ${doc.date}`], actual: doc.updated },
    );
  },
};
