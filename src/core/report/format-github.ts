import type { CheckResult } from '../check/check-result.ts';
import type { Severity } from '../diagnostics/severity.ts';
import { describeMessage, type MessageFields } from './describe-message.ts';
import { displayPath } from './display-path.ts';
import { escapeControl } from '../encoding/escape-control.ts';
import { escapeData, escapeProperty } from './escape-workflow-command.ts';
import { describeOthers, foldFindings } from './fold-findings.ts';
import { isContradiction } from './rank-findings.ts';
import type { ReportOptions } from './reporter.ts';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, which GitHub shows as annotations on the
 * pull request:
 * `::error file=docs/a.md,line=3,col=1,endLine=3,endColumn=9,title=missing-heading::Cannot…`.
 * GitHub shows only the first 10 errors and 10 warnings of a step, so the
 * order is errors, warnings, then notices (infos), contradictions in numbers
 * and claims first within each, then by file and position; and a rule
 * repeating in a file folds into one annotation at its first place that
 * says where the others are, unless `verbose`. Paths must be relative to
 * the repository root: pass the content root's location as `displayRoot`.
 * Prints nothing when there is nothing to annotate.
 */
export function formatGithub(result: CheckResult, options: ReportOptions = {}): string {
  const annotations: { path: string; message: MessageFields; order: number }[] = [];
  for (const file of result.files) {
    const path = escapeControl(displayPath(file.path, options.displayRoot));
    const messages = file.messages
      .map(describeMessage)
      .filter((message) => !options.quiet || message.severity === 'error');
    for (const row of foldFindings(messages, !options.verbose)) {
      const message =
        row.count > 1
          ? {
              ...row.first,
              message: `${row.first.message} (${row.count - 1} more in this file: ${describeOthers(row)})`,
            }
          : row.first;
      annotations.push({ path, message, order: annotations.length });
    }
  }
  annotations.sort(
    (a, b) =>
      SEVERITY_RANK[a.message.severity] - SEVERITY_RANK[b.message.severity] ||
      Number(!isContradiction(a.message.ruleId)) - Number(!isContradiction(b.message.ruleId)) ||
      a.order - b.order,
  );
  return annotations.map(({ path, message }) => `${formatCommand(path, message)}\n`).join('');
}

function formatCommand(path: string, message: MessageFields): string {
  const properties: [string, number | string | null][] = [['file', path]];
  properties.push(['line', message.line]);
  // GitHub accepts columns only when the annotation starts and ends on the
  // same line; for a multi-line range it keeps the lines alone.
  const oneLine = message.endLine === null || message.endLine === message.line;
  if (oneLine) properties.push(['col', message.column]);
  properties.push(['endLine', message.endLine]);
  if (oneLine) properties.push(['endColumn', message.endColumn]);
  properties.push(['title', message.ruleId]);
  const list = properties
    .filter((entry): entry is [string, number | string] => entry[1] !== null)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  // Line breaks are the toolkit's to escape (`%0A`); other controls would act on the log.
  const text = message.message.split('\r').map(escapeControl).join('\r');
  return `::${COMMANDS[message.severity]} ${list}::${escapeData(text)}`;
}
