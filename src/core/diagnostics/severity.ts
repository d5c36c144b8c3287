import type { RuleId } from './rule-ids.ts';

/** Severity of a finding. Maps to vfile's `fatal`: true, false, undefined. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Default severity of every rule: `error` for contradictions and broken
 * things, `warning` for heuristics, `info` for what is worth knowing only.
 * A rule is on by default only when its findings on real status docs were
 * measured at least 90% precise (95% for `error`; bench/calibration); the
 * others are `off`, in {@link STRICT_SEVERITY}.
 */
export const DEFAULT_SEVERITY: Record<RuleId, Severity | 'off'> = {
  'yaml-syntax': 'error',
  'frontmatter-schema': 'error',
  // 83% precise on all 8 corpus findings left (docs/rules.md): opt-in.
  'missing-title': 'off',
  // 24% precise on 24 judged corpus findings (docs/rules.md): opt-in.
  'missing-date': 'off',
  'date-invalid': 'error',
  'date-order': 'error',
  'date-in-future': 'warning',
  stale: 'warning',
  'metric-range': 'off',
  'metric-sum': 'error',
  'completion-status': 'off',
  'done-with-open-tasks': 'off',
  'table-total': 'warning',
  'table-ratio': 'off',
  'metric-conflict': 'off',
  'unverified-claim': 'off',
  // 1 corpus finding, debatable (docs/rules.md): opt-in.
  'breakdown-sum': 'off',
  // No corpus findings to measure it on (docs/rules.md): opt-in.
  'restated-metric': 'off',
  'not-utf8': 'warning',
  mojibake: 'warning',
  'replacement-char': 'warning',
  'local-path-leak': 'warning',
  'file-too-large': 'error',
  'missing-file': 'error',
  'missing-heading': 'error',
  // 83% precise on all 6 corpus findings left (docs/rules.md): opt-in.
  'link-to-superseded': 'off',
  'case-mismatch': 'error',
  'outside-root': 'error',
  'external-broken': 'error',
  // 14% of 29 judged findings worth a reader's time, 54 per 100 docs (docs/rules.md): opt-in.
  orphan: 'off',
  'relation-asymmetric': 'warning',
  'relation-cycle': 'error',
  'duplicate-id': 'error',
  'metric-evidence': 'error',
  'file-claim': 'warning',
  drift: 'info',
};

/**
 * The opt-in rules, turned on by `preset: "strict"`: below the precision
 * gate on real docs (docs/rules.md gives each one's measured precision), so
 * a warning at most.
 */
export const STRICT_SEVERITY: Partial<Record<RuleId, Severity>> = {
  'missing-title': 'warning',
  'missing-date': 'warning',
  'metric-range': 'warning',
  'completion-status': 'warning',
  'done-with-open-tasks': 'warning',
  'table-ratio': 'warning',
  'metric-conflict': 'warning',
  'unverified-claim': 'warning',
  'breakdown-sum': 'warning',
  'restated-metric': 'warning',
  'link-to-superseded': 'warning',
  orphan: 'info',
};

/** Severity of a vfile message (`fatal`: true error, false warning, undefined info). */
export function severityOf(message: { fatal?: boolean | null | undefined }): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** The vfile `fatal` value for a severity. */
export function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined;
}
