import { styleText } from 'node:util';
import type { CheckResult } from '../check/check-result.ts';
import type { Severity } from '../rules/severity.ts';
import { describeMessage, type MessageFields } from './describe-message.ts';
import { displayPath } from './display-path.ts';
import { escapeControl } from './escape-control.ts';
import type { ReportOptions } from './reporter.ts';
import { stringWidth } from './string-width.ts';

type Style = Parameters<typeof styleText>[0];
type Paint = (style: Style, text: string) => string;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

/**
 * Human-readable report, laid out like ESLint's `stylish` formatter: the
 * path of each doc with findings, one aligned row per finding
 * (`  12:5  error  Cannot find heading…  missing-heading`), then a summary.
 * A clean run prints `✔ No problems in N docs`; a clean `quiet` run prints
 * nothing. Line breaks in a reason are folded into spaces so each finding
 * stays one row; the `json` format keeps the reason as written. A finding
 * without a place shows `0:0`, as in ESLint. The summary's `in N files`
 * counts the docs with findings shown.
 */
export function formatText(result: CheckResult, options: ReportOptions = {}): string {
  const paint: Paint = options.color
    ? (style, text) => styleText(style, text, { validateStream: false })
    : (_style, text) => text;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const blocks: string[] = [];
  for (const file of result.files) {
    const messages = file.messages
      .map(describeMessage)
      .filter((message) => !options.quiet || message.severity === 'error');
    if (messages.length === 0) continue;
    for (const message of messages) counts[message.severity]++;
    const path = paint('underline', escapeControl(displayPath(file.path, options.displayRoot)));
    blocks.push(`${path}\n${formatRows(messages, paint).join('\n')}\n`);
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) {
    if (options.quiet) return '';
    return `${paint('green', '✔')} No problems in ${plural(result.files.length, 'doc')}\n`;
  }
  const style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue';
  const summary = options.quiet
    ? `✖ ${plural(counts.error, 'error')}`
    : `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ` +
      `${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  const where = ` in ${plural(blocks.length, 'file')}`;
  return `${blocks.join('\n')}\n${paint(['bold', style], summary + where)}\n`;
}

/** Rows of one file, columns aligned across the file. */
function formatRows(messages: MessageFields[], paint: Paint): string[] {
  const cells = messages.map((message) => ({
    line: String(message.line ?? 0),
    column: String(message.column ?? 0),
    severity: message.severity,
    reason: escapeControl(message.message.replace(/\s*[\r\n]+\s*/g, ' ')),
    ruleId: message.ruleId ?? '',
  }));
  const width = (pick: (cell: (typeof cells)[number]) => string): number =>
    Math.max(...cells.map((cell) => stringWidth(pick(cell))));
  const lineWidth = width((cell) => cell.line);
  const positionWidth = lineWidth + 1 + width((cell) => cell.column);
  const severityWidth = width((cell) => cell.severity);
  const reasonWidth = width((cell) => cell.reason);
  return cells.map((cell) => {
    const position = `${cell.line.padStart(lineWidth)}:${cell.column}`;
    const row = [
      '',
      paint('dim', position) + pad(position, positionWidth),
      paint(SEVERITY_STYLE[cell.severity], cell.severity) + pad(cell.severity, severityWidth),
      cell.reason,
    ];
    if (cell.ruleId !== '') row.push(pad(cell.reason, reasonWidth) + paint('dim', cell.ruleId));
    return row.join('  ');
  });
}

function pad(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
