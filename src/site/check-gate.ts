import type { CheckResult } from '../core/check/check-result.ts';
import { formatResult, reachesFailOn, summarize, type FailOn } from '../core/report/index.ts';

/** Whether a build may go on, and the report to show either way. */
export interface GateOutcome {
  /** True when a finding reaches the `failOn` severity. */
  failed: boolean;
  /** The CLI's text report (`path` then `line:col  severity  message  rule`), or '' when clean. */
  report: string;
  errors: number;
  warnings: number;
}

/**
 * Decide whether the findings of a check stop the build, with the CLI's
 * gate. The report is the one `statusdocs check` prints, paths shown from
 * the project root.
 */
export function gateBuild(result: CheckResult, failOn: FailOn, displayRoot: string): GateOutcome {
  const summary = summarize(result);
  const failed = reachesFailOn(summary, failOn);
  const clean = summary.errors + summary.warnings + summary.infos === 0;
  const report = clean ? '' : formatResult(result, 'text', { color: false, displayRoot });
  return { failed, report, errors: summary.errors, warnings: summary.warnings };
}
