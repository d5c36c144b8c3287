import type { TestsMetric } from '../model/doc.ts';

/** Test counts found in a line, with where they are. */
export interface TestCountMatch {
  counts: TestsMetric;
  /** Offsets in the searched text. */
  start: number;
  end: number;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
const WORD = String.raw`(passed|passing|pass|failed|failing|failures?|fails?|errors?|erroring|errored|skipped|skips?)`;

/**
 * `31 passed`, `31/62 passing`, `1373 tests passing`, `1/4 load tests
 * passing`, `✅ 31 PASSED`. Not `98.6%`, `1.0s` or `80%+ tests passing`.
 */
const COUNT = new RegExp(
  String.raw`(?<![\w.,%/-])${NUMBER}(?:\s*/\s*${NUMBER})?\s+(?:(?:[a-z-]+\s+){0,2}?tests?\s+)?${WORD}\b(?![-/]\w)`,
  'gi',
);

/** What every {@link WORD} starts with. */
const WORD_HINT = /pass|fail|err|skip/i;

/** What may stand between two counts of one summary: `, `, ` and `, ` + `, `; `, ` / `. */
const JOIN = /^\s*(?:[,;+&|/]|and|\()?\s*$/i;
/** `of 62`, `/ 62` after a count; not `/ 10 failed`, which is another count. */
const TOTAL_AFTER =
  /^\s*\)?\s*,?\s*(?:out of|of|\/)\s*(\d{1,3}(?:,\d{3})+|\d+)\b(?!%)(?!\s+(?:[\w-]+\s+)?[\w-]*(?:pass|fail|err|skip))/i;
const TOTAL_BEFORE =
  /(?:\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:tests?|items)\s*(?:total|collected|ran|run)?\s*[:(—–,-]?|\b(?:total|collected|ran)\s*:?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:tests?|items))?\s*[:(—–,-]?)\s*$/i;

function field(word: string): keyof TestsMetric {
  const w = word.toLowerCase();
  if (w.startsWith('pass')) return 'passed';
  if (w.startsWith('fail')) return 'failed';
  if (w.startsWith('err')) return 'errors';
  return 'skipped';
}

const toNumber = (text: string): number => Number(text.replaceAll(',', ''));

/**
 * Test counts written in prose: `4 passed, 1 failed`, `1373 passing, 20
 * failures`, `31/62 passing`, `4 passed, 1 failed out of 4`, `62 tests: 31
 * passed, 11 failed`. Counts next to each other form one summary. A summary
 * must say how many passed or failed: `0 errors` alone is as likely lint.
 */
export function parseTestCounts(text: string): TestCountMatch[] {
  // Every count needs one of the words; most text has none.
  if (!WORD_HINT.test(text)) return [];
  const parts = [...text.matchAll(COUNT)].map((match) => ({
    field: field(match[3] ?? ''),
    value: toNumber(match[1] ?? '0'),
    total: match[2] === undefined ? undefined : toNumber(match[2]),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const found: TestCountMatch[] = [];
  let current: (TestCountMatch & { fields: Set<string> }) | null = null;
  for (const part of parts) {
    const joinable =
      current !== null &&
      JOIN.test(text.slice(current.end, part.start)) &&
      !current.fields.has(part.field);
    if (!joinable || !current) {
      current = { counts: {}, start: part.start, end: part.end, fields: new Set() };
      found.push(current);
    }
    current.counts[part.field] = part.value;
    current.fields.add(part.field);
    current.end = part.end;
    if (part.total !== undefined) current.counts.total = part.total;
  }
  return (
    found
      // `1,007 failures` alone may be anything that failed; a summary names passes or tests.
      .filter(
        (match) =>
          match.counts.passed !== undefined ||
          (match.counts.failed !== undefined && /tests?/i.test(text.slice(match.start, match.end))),
      )
      .map((match) => {
        const counts = { ...match.counts };
        if (counts.total === undefined) {
          const after = TOTAL_AFTER.exec(text.slice(match.end));
          const before = TOTAL_BEFORE.exec(text.slice(Math.max(0, match.start - 40), match.start));
          const total = after?.[1] ?? before?.[1] ?? before?.[2];
          if (total !== undefined) counts.total = toNumber(total);
          if (after) return { counts, start: match.start, end: match.end + after[0].length };
        }
        return { counts, start: match.start, end: match.end };
      })
  );
}
