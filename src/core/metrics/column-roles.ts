/**
 * What table headers mean, for the rules that relate columns to each other.
 * Headers are matched as whole normalized labels (see `labelKey`), never as
 * substrings, so `Tests Added` is not a test total.
 */

/** A test-count column. */
export type CountRole = 'total' | 'passed' | 'failed' | 'errors' | 'skipped';

const COUNT_ROLES: readonly [CountRole, RegExp][] = [
  [
    'total',
    /^(?:total|total tests|tests|test count|tests run|run|ran|executed|count|cases|test cases|collected|all)$/,
  ],
  [
    'passed',
    /^(?:passed|pass|passing|passes|succeeded|success|successful|ok|green|done|completed|complete)$/,
  ],
  ['failed', /^(?:failed|fail|failing|fails|failures|failure|broken)$/],
  ['errors', /^(?:errors|error|erroring|errored)$/],
  ['skipped', /^(?:skipped|skip|skips|ignored|xfail|xfailed|pending)$/],
];

/**
 * The role of a column in a test-count table, from its normalized header:
 * `Passed` → `passed`, `# Failed` → `failed`, `Tests` → `total`; else null.
 */
export function countRole(key: string): CountRole | null {
  const bare = key
    .replace(/^(?:#|no\.?|number of|num)\s*/, '')
    .replace(/^tests?\s+(?=\w)(?!count|cases|run)/, '')
    .replace(/\s+(?:tests?|count|#)$/, '');
  for (const [role, pattern] of COUNT_ROLES)
    if (pattern.test(bare) || pattern.test(key)) return role;
  return null;
}

/** How a percent column relates to counts in its row. */
export type PercentRole = 'pass' | 'fail' | 'error' | 'other';

/**
 * What a percent column measures, from its normalized header. `other` means
 * it is not a share of the row's counts: targets, deltas, coverage, before
 * and after values, skipped or remaining shares. Neutral headers (`Pass Rate`, `Status`, `%`, `Result`)
 * are `pass`.
 */
export function percentRole(key: string): PercentRole {
  if (
    /\b(?:target|goal|threshold|gap|delta|change|diff|difference|before|after|prev|previous|baseline|coverage|cov|skip|skipped|pending|blocked|remaining|todo|open|budget|weight|share|min|max|expected|required|sla|limit|trend|growth|increase|decrease|improvement|cpu|memory|mem|disk|load|usage|utilization|confidence|probability|risk|effort|reduction|savings?|saved|cost|costs|spend|portion|proportion)\b|权重|占比|比例|说明|描述|备注/.test(
      key,
    )
  ) {
    return 'other';
  }
  if (/\b(?:fail|failed|failing|failure|failures)\b/.test(key)) return 'fail';
  if (/\b(?:error|errors|erroring)\b/.test(key)) return 'error';
  return 'pass';
}

/**
 * Whether a numeric column can hold a sum in a TOTAL row. Averages, maxima,
 * latencies, rates, scores and identifiers (`#`, `ID`, `Version`, `Year`,
 * `Priority`) are not sums of the rows above them.
 */
export function isAdditive(key: string): boolean {
  return !/(?:^#$|\b(?:avg|average|mean|median|max|min|maximum|minimum|peak|p\d{1,3}|latency|rate|ratio|score|rating|complexity|difficulty|effort level|rank|ranking|priority|version|id|year|port|level|grade|percentile|per|each|phase|step|order|index|date|sprint|eta|no|cumulative|running|remaining|progress|coverage|%)\b)/.test(
    key,
  );
}

/** Whether a column holds dates (`12/13` there is a day, not a ratio). */
export function isDateColumn(key: string): boolean {
  return /\b(?:date|day|when|updated|due|deadline|created|modified|started|finished|eta)\b/.test(
    key,
  );
}
