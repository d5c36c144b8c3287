/**
 * Every rule id statusdocs can report. Ids are permanent: never rename one,
 * deprecate it instead, because users reference them in config and baselines.
 */
export const RULE_IDS = [
  // Metadata
  'yaml-syntax',
  'frontmatter-schema',
  'missing-title',
  'missing-date',
  'date-invalid',
  'date-order',
  'date-in-future',
  'stale',
  // Metrics and claims
  'metric-range',
  'metric-sum',
  'completion-status',
  'done-with-open-tasks',
  'table-total',
  'table-ratio',
  'metric-conflict',
  'unverified-claim',
  'breakdown-sum',
  'restated-metric',
  // Encoding and hygiene
  'not-utf8',
  'mojibake',
  'replacement-char',
  'local-path-leak',
  'file-too-large',
  // Links and relations
  'missing-file',
  'missing-heading',
  'link-to-superseded',
  'case-mismatch',
  'outside-root',
  'external-broken',
  'orphan',
  'relation-asymmetric',
  'relation-cycle',
  'duplicate-id',
  // Evidence: claims against the repository and CI artifacts
  'metric-evidence',
  'file-claim',
  'drift',
] as const;

/** A rule id, e.g. `missing-date`. */
export type RuleId = (typeof RULE_IDS)[number];

/** Where each rule is documented. */
export const RULES_DOCS_URL = 'https://github.com/statusdocs/statusdocs/blob/main/docs/rules.md';

/** The documentation URL of one rule. */
export function ruleUrl(ruleId: RuleId): string {
  return `${RULES_DOCS_URL}#${ruleId}`;
}

/** Whether a string is a known rule id. */
export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
