import type { RuleId } from './rule-ids.ts';

/** Severity of a finding. Maps to vfile's `fatal`: true, false, undefined. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Default severity of every rule: `error` for contradictions and broken
 * things, `warning` for heuristics, `info` for what is worth knowing only.
 */
export const DEFAULT_SEVERITY: Record<RuleId, Severity | 'off'> = {
  'yaml-syntax': 'error',
  'frontmatter-schema': 'error',
  'missing-title': 'warning',
  'missing-date': 'warning',
  'date-invalid': 'error',
  'date-order': 'error',
  'date-in-future': 'warning',
  stale: 'warning',
  'metric-range': 'error',
  'metric-sum': 'error',
  'completion-status': 'error',
  'done-with-open-tasks': 'warning',
  'table-total': 'error',
  'table-ratio': 'error',
  'metric-conflict': 'error',
  'unverified-claim': 'warning',
  'not-utf8': 'warning',
  mojibake: 'warning',
  'replacement-char': 'warning',
  'local-path-leak': 'warning',
  'file-too-large': 'error',
  'missing-file': 'error',
  'missing-heading': 'error',
  'link-to-superseded': 'warning',
  'case-mismatch': 'error',
  'outside-root': 'error',
  'external-broken': 'error',
  orphan: 'info',
  'relation-asymmetric': 'warning',
  'relation-cycle': 'error',
  'duplicate-id': 'error',
  'metric-evidence': 'error',
  'file-claim': 'warning',
  drift: 'info',
};

/** Severity of a vfile message (`fatal`: true error, false warning, undefined info). */
export function severityOf(message: { fatal?: boolean | null | undefined }): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** The vfile `fatal` value for a severity. */
export function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined;
}
