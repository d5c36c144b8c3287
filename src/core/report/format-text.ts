import { styleText } from 'node:util';
import type { CheckResult } from '../check/check-result.ts';
import type { Severity } from '../diagnostics/severity.ts';
import { describeMessage } from './describe-message.ts';
import { displayPath } from './display-path.ts';
import { describeOthers, foldFindings, type FoldedFinding } from './fold-findings.ts';
import { escapeControl } from '../encoding/escape-control.ts';
import { elideCodeSpans } from './elide-code-spans.ts';
import type { ReportOptions } from './reporter.ts';
import { stringWidth } from './string-width.ts';
import { wrapText } from './wrap-text.ts';

type Style = Parameters<typeof styleText>[0];
type Paint = (style: Style, text: string) => string;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Widest row of piped output: longer messages lose the middle of long code spans, then wrap. */
export const PIPED_WIDTH = 200;

/**
 * Human-readable report: the path of each doc with findings, then one row
 * per finding (`  12:5  error  missing-heading  Cannot find heading…`),
 * contradictions in numbers and claims first, then errors, warnings and
 * warnings. A rule repeating in a file folds into one row (`missing-file
 * ×14`) unless `verbose`. Infos are counted in one line (`6 infos not
 * shown: orphan ×3, …`) unless `verbose` lists them. Columns are aligned
 * but no row is padded after its message; with a `width` (a terminal) long
 * messages wrap under their column, else each finding stays one line of at
 * most {@link PIPED_WIDTH} columns (long code spans cut in the middle).
 * Then a summary, and how many findings `statusdocs fix --write` repairs.
 * A clean run prints `✔ No problems in N docs`; a clean `quiet` run prints
 * nothing.
 */
export function formatText(result: CheckResult, options: ReportOptions = {}): string {
  const paint: Paint = options.color
    ? (style, text) => styleText(style, text, { validateStream: false })
    : (_style, text) => text;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  let files = 0;
  const hidden = new Map<string, number>();
  const blocks: string[] = [];
  for (const file of result.files) {
    const messages = file.messages
      .map(describeMessage)
      .filter((message) => !options.quiet || message.severity === 'error');
    if (messages.length === 0) continue;
    files++;
    for (const message of messages) {
      counts[message.severity]++;
      if (message.fixable) fixable++;
    }
    const shown = messages.filter((message) => options.verbose || message.severity !== 'info');
    for (const message of messages.filter((m) => !shown.includes(m))) {
      hidden.set(message.ruleId ?? '', (hidden.get(message.ruleId ?? '') ?? 0) + 1);
    }
    if (shown.length === 0) continue;
    const path = paint('underline', escapeControl(displayPath(file.path, options.displayRoot)));
    const rows = formatRows(foldFindings(shown, !options.verbose), paint, options.width);
    blocks.push(`${path}\n${rows.join('\n')}\n`);
  }
  const suppressed = options.suppressed ?? 0;
  const baseline =
    suppressed > 0 ? `${plural(suppressed, 'finding')} suppressed by the baseline\n` : '';
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) {
    if (options.quiet) return '';
    return `${paint('green', '✔')} No problems in ${plural(result.files.length, 'doc')}\n${baseline}`;
  }
  const style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue';
  const summary = options.quiet
    ? `✖ ${plural(counts.error, 'error')}`
    : `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ` +
      `${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  const where = ` in ${plural(files, 'file')}`;
  const infos = hidden.size > 0 ? `${describeHidden(hidden)}\n` : '';
  const repair =
    fixable > 0
      ? `${plural(fixable, 'finding')} can be repaired by \`statusdocs fix --write\`\n`
      : '';
  const body = blocks.length > 0 ? `${blocks.join('\n')}\n` : '';
  return `${body}${paint(['bold', style], summary + where)}\n${infos}${baseline}${repair}`;
}

/** `6 infos not shown (orphan ×3, missing-file ×2, drift); --verbose lists them`. */
function describeHidden(hidden: ReadonlyMap<string, number>): string {
  const total = [...hidden.values()].reduce((sum, count) => sum + count, 0);
  const rules = [...hidden]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([rule, count]) => (count > 1 ? `${rule} ×${count}` : rule));
  const noun = total === 1 ? 'info' : 'infos';
  return `${total} ${noun} not shown (${rules.join(', ')}); \`--verbose\` lists them`;
}

/** Rows of one file: position, severity and rule aligned across the file, the message last. */
function formatRows(rows: FoldedFinding[], paint: Paint, width: number | undefined): string[] {
  const lineWidth = Math.max(...rows.map((row) => String(row.first.line ?? 0).length));
  const cells = rows.map((row) => ({
    position: `${String(row.first.line ?? 0).padStart(lineWidth)}:${row.first.column ?? 0}`,
    severity: row.first.severity,
    rule: row.count > 1 ? `${row.first.ruleId ?? ''} ×${row.count}` : (row.first.ruleId ?? ''),
    reason: describeRow(row),
  }));
  const widest = (pick: (cell: (typeof cells)[number]) => string): number =>
    Math.max(...cells.map((cell) => stringWidth(pick(cell))));
  const positionWidth = widest((cell) => cell.position);
  const severityWidth = widest((cell) => cell.severity);
  const ruleWidth = widest((cell) => cell.rule);
  const indent = 2 + positionWidth + 2 + severityWidth + 2 + (ruleWidth > 0 ? ruleWidth + 2 : 0);
  return cells.map((cell) => {
    const lead = [
      '',
      paint('dim', cell.position) + pad(cell.position, positionWidth),
      paint(SEVERITY_STYLE[cell.severity], cell.severity) + pad(cell.severity, severityWidth),
      ...(ruleWidth > 0 ? [paint('dim', cell.rule) + pad(cell.rule, ruleWidth)] : []),
    ].join('  ');
    const room = (width ?? PIPED_WIDTH) - indent;
    const reason = width === undefined ? elideCodeSpans(cell.reason, room) : cell.reason;
    const lines = wrapText(reason, room);
    return `${lead}  ${lines.join(`\n${' '.repeat(indent)}`)}`;
  });
}

/** The message of a row: line breaks folded into spaces, where the folded rest is, whether fixable. */
function describeRow(row: FoldedFinding): string {
  let text = escapeControl(row.first.message.replace(/\s*[\r\n]+\s*/g, ' '));
  if (row.count > 1) text += `; also at ${describeOthers(row)}`;
  // A message that already points at `statusdocs fix` needs no tag.
  if (row.all.every((finding) => finding.fixable) && !text.includes('statusdocs fix')) {
    text += ' (fixable)';
  }
  return text;
}

function pad(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
