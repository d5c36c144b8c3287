import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** `date-order`: a doc updated before it was written. */
export const dateOrder: DocRule = {
  id: 'date-order',
  description: 'A doc cannot be updated (`updated`) before its own `date`.',
  check({ source, doc }) {
    if (!doc.date || !doc.updated || doc.updated >= doc.date) return;
    const where = doc.sources.updated;
    report(
      source.file,
      'date-order',
      `Updated date \`${doc.updated}\` is before the doc's date \`${doc.date}\`; fix one of them`,
      where?.line ? { line: where.line, column: where.column ?? 1 } : undefined,
      { expected: [`>= ${doc.date}`], actual: doc.updated },
    );
  },
};
