import { placeOf } from '../metrics/value-place.ts';
import type { TestsMetric } from '../model/doc.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

const PARTS = ['passed', 'failed', 'errors', 'skipped'] as const;

/** The parts of `counts` that exceed its total, as `passed 4 + failed 1`, or null when they fit. */
function excess(counts: TestsMetric): { terms: string; sum: number; total: number } | null {
  const total = counts.total;
  if (total === undefined) return null;
  const parts = PARTS.flatMap((part) => {
    const value = counts[part];
    return value === undefined ? [] : [{ part, value }];
  });
  // One part over the total alone is `metric-range`'s finding, not a sum.
  if (parts.length < 2 || parts.some(({ value }) => value > total)) return null;
  const sum = parts.reduce((acc, { value }) => acc + value, 0);
  if (sum <= total) return null;
  // `24/24 passed, 6 skipped`: a total of the tests that ran, skipped left out.
  if (sum - (counts.skipped ?? 0) === total) return null;
  const terms = parts
    .filter(({ part, value }) => part === 'passed' || value !== 0)
    .map(({ part, value }) => `${part} \`${value}\``)
    .join(' + ');
  return { terms: terms.charAt(0).toUpperCase() + terms.slice(1), sum, total };
}

/**
 * `metric-sum` for test counts outside tables: prose and lists (`4 passed,
 * 1 failed out of 4`, `✅ 31 PASSED` / `❌ 11 FAILED` rows of a key-value
 * table sharing a total) and the frontmatter's `metrics.tests`. Table rows
 * with Passed/Failed columns are checked by `metric-sum` in `metric-sum.ts`.
 */
export const metricSumText: DocRule = {
  id: 'metric-sum',
  description: 'Passed + failed + errors + skipped cannot exceed the total.',
  check({ source, index, doc }) {
    const tests = doc.metrics.tests;
    const from = doc.sources['metrics.tests'];
    const inFrontmatter = tests && from?.from === 'frontmatter' ? excess(tests) : null;
    if (inFrontmatter) {
      report(
        source.file,
        'metric-sum',
        `${inFrontmatter.terms} = ${inFrontmatter.sum} exceeds \`metrics.tests.total\` \`${inFrontmatter.total}\`; correct the counts or the total`,
        placeOf(from),
        { expected: [`<= ${inFrontmatter.total}`], actual: String(inFrontmatter.sum) },
      );
    }
    for (const claim of index.claims) {
      if (claim.metric !== 'tests') continue;
      const found = excess(claim.counts);
      if (!found) continue;
      report(
        source.file,
        'metric-sum',
        `${found.terms} = ${found.sum} exceeds total \`${found.total}\` in \`${claim.text}\`; correct the counts or the total`,
        claim.position,
        { expected: [`<= ${found.total}`], actual: String(found.sum) },
      );
    }
  },
};
