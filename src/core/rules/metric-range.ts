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

/** A count written in frontmatter with its total. */
interface Part {
  name: string;
  field: 'metrics.tests' | 'metrics.tasks';
  part: number;
  total: number;
}

/** Counts written in frontmatter with their totals: passed tests, done tasks. */
function frontmatterParts(doc: Doc): Part[] {
  const found: Part[] = [];
  const { tests, tasks } = doc.metrics;
  if (
    doc.sources['metrics.tests']?.from === 'frontmatter' &&
    tests?.passed !== undefined &&
    tests.total !== undefined
  ) {
    found.push({
      name: 'Passed tests',
      field: 'metrics.tests',
      part: tests.passed,
      total: tests.total,
    });
  }
  if (doc.sources['metrics.tasks']?.from === 'frontmatter' && tasks) {
    found.push({
      name: 'Done tasks',
      field: 'metrics.tasks',
      part: tasks.done,
      total: tasks.total,
    });
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
    for (const { name, field, part, total } of frontmatterParts(doc)) {
      if (part <= total) continue;
      report(
        file,
        'metric-range',
        `${name} \`${part}\` exceed the total \`${total}\`; correct \`${field}\``,
        placeOf(doc.sources[field]),
        { expected: [`<= ${total}`], actual: String(part) },
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
