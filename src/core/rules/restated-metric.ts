import { findRestatedCompletions } from '../metrics/find-restated-completions.ts';
import { findRestatedCounts } from '../metrics/find-restated-counts.ts';
import { percentText } from '../metrics/stated-state.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `restated-metric`: one metric of one subject stated twice in a doc with
 * different values: the doc's own test count (`findRestatedCounts`), and a
 * numbered subject's completion in its section and elsewhere
 * (`findRestatedCompletions`). The earlier statement is the reference.
 */
export const restatedMetric: DocRule = {
  id: 'restated-metric',
  description: 'One metric of one subject cannot have two values in the same doc.',
  check({ source, index }) {
    const heads = new Set(index.model.headers.map((field) => field.source.line));
    for (const { first, later, name, a, b } of findRestatedCounts(source.text, index)) {
      // Two header lines (`**Tests**:` in the head and the footer) are `metric-conflict`'s.
      if (heads.has(first.position.start.line) && heads.has(later.position.start.line)) continue;
      const what = name === 'tests' ? 'Test count' : `Tests ${name}`;
      report(
        source.file,
        'restated-metric',
        `${what} \`${b}\` in \`${later.text}\` contradicts \`${a}\` on line ${first.position.start.line}; make them agree`,
        later.position,
        { expected: [String(a)], actual: String(b) },
      );
    }
    for (const { own, first, later } of findRestatedCompletions(index)) {
      report(
        source.file,
        'restated-metric',
        `Completion of \`${own.title}\` is \`${percentText(later)}\` here but \`${percentText(first)}\` on line ${first.position.start.line}; make them agree`,
        later.position,
        { expected: [percentText(first)], actual: later.text },
      );
    }
  },
};
