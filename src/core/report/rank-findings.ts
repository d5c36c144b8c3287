import type { Severity } from '../diagnostics/severity.ts';
import type { MessageFields } from './describe-message.ts';

/**
 * Rules whose findings are contradictions in a doc's numbers and claims
 * (the sums, ratios, dates and "done" claims a reader would act on). They
 * lead every report: they are what statusdocs exists for, and a pile of
 * hygiene findings must not push them out of sight.
 */
export const CONTRADICTION_RULES: readonly string[] = [
  'metric-sum',
  'breakdown-sum',
  'metric-range',
  'metric-conflict',
  'restated-metric',
  'table-total',
  'table-ratio',
  'completion-status',
  'done-with-open-tasks',
  'unverified-claim',
  'date-in-future',
  'date-order',
];

/** Whether a rule id names a contradiction in numbers or claims. */
export function isContradiction(ruleId: string | null): boolean {
  return ruleId !== null && CONTRADICTION_RULES.includes(ruleId);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Report order within one file: contradictions first, then by severity
 * (errors, warnings, infos), then by position. Stable for equal keys.
 */
export function compareFindings(a: MessageFields, b: MessageFields): number {
  return (
    Number(!isContradiction(a.ruleId)) - Number(!isContradiction(b.ruleId)) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}
