import type { Doc, ValueSource } from '../model/doc.ts';
import { placeOf } from '../metrics/value-place.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Wording of a percent measured against a target or plan rather than a level. */
const ACHIEVEMENT =
  /\b(?:target|goal|of\s+(?:the\s+)?(?:requirements?|target|goal|plan|estimate|budget|baseline)|faster|slower|better|more|improvement)\b|≥|>=/i;
const NAMES = { completion: 'Completion', coverage: 'Coverage', passRate: 'Pass rate' } as const;

/** Percent metrics written in frontmatter, with their YAML keys and sources. */
function frontmatterPercents(
  doc: Doc,
): { name: string; key: string; value: number; from: ValueSource | undefined }[] {
  const found = [];
  const completionFrom = doc.sources['metrics.completion'];
  if (doc.metrics.completion !== undefined && completionFrom?.from === 'frontmatter') {
    found.push({
      name: 'Completion',
      key: 'completion',
      value: doc.metrics.completion,
      from: completionFrom,
    });
  }
  const coverage = doc.metrics.coverage;
  const coverageFrom = doc.sources['metrics.coverage'];
  if (coverage && coverageFrom?.from === 'frontmatter') {
    found.push({ name: 'Coverage', key: 'value', value: coverage.value, from: coverageFrom });
    if (coverage.target !== undefined) {
      found.push({
        name: 'Coverage target',
        key: 'target',
        value: coverage.target,
        from: coverageFrom,
      });
    }
  }
  return found;
}

/**
 * `metric-range`: a value that cannot be: a percent outside 0–100
 * (`completion: 140`, `Coverage: 120%`), more tests passed than exist, more
 * tasks done than there are. Negative counts in frontmatter fail the schema
 * and are reported by `frontmatter-schema`.
 */
export const metricRange: DocRule = {
  id: 'metric-range',
  description: 'Percents must be within 0–100, and parts cannot exceed their total.',
  check({ source, index, doc }) {
    const { file } = source;
    for (const { name, key, value, from } of frontmatterPercents(doc)) {
      if (value >= 0 && value <= 100) continue;
      report(
        file,
        'metric-range',
        `${name} \`${key}: ${value}\` is outside 0–100%; use a percent between 0 and 100`,
        placeOf(from),
        { expected: ['0–100'], actual: String(value) },
      );
    }
    const tests = doc.metrics.tests;
    if (
      doc.sources['metrics.tests']?.from === 'frontmatter' &&
      tests?.passed !== undefined &&
      tests.total !== undefined &&
      tests.passed > tests.total
    ) {
      report(
        file,
        'metric-range',
        `Passed tests \`${tests.passed}\` exceed the total \`${tests.total}\`; correct \`metrics.tests\``,
        placeOf(doc.sources['metrics.tests']),
        { expected: [`<= ${tests.total}`], actual: String(tests.passed) },
      );
    }
    const tasks = doc.metrics.tasks;
    if (doc.sources['metrics.tasks']?.from === 'frontmatter' && tasks && tasks.done > tasks.total) {
      report(
        file,
        'metric-range',
        `Done tasks \`${tasks.done}\` exceed the total \`${tasks.total}\`; correct \`metrics.tasks\``,
        placeOf(doc.sources['metrics.tasks']),
        { expected: [`<= ${tasks.total}`], actual: String(tasks.done) },
      );
    }
    for (const claim of index.claims) {
      if (claim.metric === 'tests') {
        const { passed, total } = claim.counts;
        if (passed === undefined || total === undefined || passed <= total) continue;
        report(
          file,
          'metric-range',
          `Passed tests \`${passed}\` exceed the total \`${total}\` in \`${claim.text}\`; correct the counts`,
          claim.position,
          { expected: [`<= ${total}`], actual: String(passed) },
        );
      } else if (claim.metric !== 'tasks') {
        const { value } = claim;
        if (value.min >= 0 && value.max <= 100) continue;
        // `✅ 103%` of a `≥90%` target (in the same line or table row), `137% of
        // requirements`, `67% faster`: achievement, not a level.
        const line = source.text.split('\n', claim.position.start.line)[
          claim.position.start.line - 1
        ];
        if (ACHIEVEMENT.test(claim.text) || ACHIEVEMENT.test(line ?? '')) continue;
        const written = writtenPercent(claim.text, value.max);
        report(
          file,
          'metric-range',
          `${NAMES[claim.metric]} \`${written}\` is outside 0–100%; use a percent between 0 and 100`,
          claim.position,
          { expected: ['0–100%'], actual: `${value.max}%` },
        );
      }
    }
  },
};

/** The value as written in the claim text, else the number with `%`. */
function writtenPercent(text: string, value: number): string {
  return new RegExp(String.raw`[~≈]?\s*[\d.]*${value}\s*%`).exec(text)?.[0].trim() ?? `${value}%`;
}
