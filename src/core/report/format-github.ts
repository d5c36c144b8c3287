import type { CheckResult } from '../check/check-result.ts';
import type { Severity } from '../rules/severity.ts';
import { describeMessage, type MessageFields } from './describe-message.ts';
import { displayPath } from './display-path.ts';
import { escapeControl } from './escape-control.ts';
import { escapeData, escapeProperty } from './escape-workflow-command.ts';
import type { ReportOptions } from './reporter.ts';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as
 * annotations on the pull request:
 * `::error file=docs/a.md,line=3,col=1,endLine=3,endColumn=9,title=missing-heading::Cannot…`.
 * Infos become `::notice`. Paths must be relative to the repository root:
 * pass the content root's location as `displayRoot`. Prints nothing when
 * there is nothing to annotate.
 */
export function formatGithub(result: CheckResult, options: ReportOptions = {}): string {
  let output = '';
  for (const file of result.files) {
    const path = escapeControl(displayPath(file.path, options.displayRoot));
    for (const message of file.messages.map(describeMessage)) {
      if (options.quiet && message.severity !== 'error') continue;
      output += `${formatCommand(path, message)}\n`;
    }
  }
  return output;
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
