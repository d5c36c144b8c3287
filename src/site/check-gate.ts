import type { CheckResult } from '../core/check/check-result.ts';
import { formatResult } from '../core/report/index.ts';
import { severityOf } from '../core/rules/severity.ts';
import type { FailOn } from './options.ts';

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
 * Decide whether the findings of a check stop the build. The report is the
 * one `statusdocs check` prints, paths shown from the project root.
 */
export function gateBuild(result: CheckResult, failOn: FailOn, displayRoot: string): GateOutcome {
  const messages = result.files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => severityOf(message) === 'error').length;
  const warnings = messages.filter((message) => severityOf(message) === 'warning').length;
  const failed =
    (failOn === 'error' && errors > 0) || (failOn === 'warning' && errors + warnings > 0);
  const report =
    messages.length === 0 ? '' : formatResult(result, 'text', { color: false, displayRoot });
  return { failed, report, errors, warnings };
}
