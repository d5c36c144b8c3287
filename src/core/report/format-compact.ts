import type { CheckResult } from '../check/check-result.ts';
import { describeMessage } from './describe-message.ts';
import { displayPath } from './display-path.ts';
import { escapeControl } from '../encoding/escape-control.ts';
import type { ReportOptions } from './reporter.ts';

/**
 * One line per finding, `path:line:col: severity message [rule]`, like
 * ESLint's `compact` and markdownlint-cli2's default: for editors' problem
 * matchers, `grep` and `wc -l`. In file order, then by position; never
 * folded; line breaks in a reason become spaces. A finding without a place
 * shows `0:0`; control characters show as `\x1B`. Prints nothing when there is nothing to report.
 */
export function formatCompact(result: CheckResult, options: ReportOptions = {}): string {
  let output = '';
  for (const file of result.files) {
    const path = escapeControl(displayPath(file.path, options.displayRoot));
    for (const message of file.messages.map(describeMessage)) {
      if (options.quiet && message.severity !== 'error') continue;
      const reason = escapeControl(message.message.replace(/\s*[\r\n]+\s*/g, ' '));
      const rule = message.ruleId === null ? '' : ` [${message.ruleId}]`;
      output += `${path}:${message.line ?? 0}:${message.column ?? 0}: ${message.severity} ${reason}${rule}\n`;
    }
  }
  return output;
}
