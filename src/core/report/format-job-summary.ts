import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { CheckResult } from '../check/check-result.ts';
import { describeMessage, type MessageFields } from './describe-message.ts';
import { displayPath } from './display-path.ts';
import { describeOthers, foldFindings } from './fold-findings.ts';
import { isContradiction } from './rank-findings.ts';
import type { ReportOptions } from './reporter.ts';

/**
 * A Markdown job summary for GitHub Actions (`$GITHUB_STEP_SUMMARY`): the
 * totals, the count of each rule (contradictions first, then the most
 * frequent), then every finding grouped by file, a rule repeating in a
 * file folded into one item unless `verbose`. Built as mdast and
 * serialized, so messages with backticks or Markdown characters stay text.
 */
export function formatJobSummary(result: CheckResult, options: ReportOptions = {}): string {
  const files = result.files
    .map((file) => ({
      path: displayPath(file.path, options.displayRoot),
      messages: file.messages
        .map(describeMessage)
        .filter((message) => !options.quiet || message.severity === 'error'),
    }))
    .filter((file) => file.messages.length > 0);
  const all = files.flatMap((file) => file.messages);
  const count = (severity: string): number => all.filter((m) => m.severity === severity).length;
  const children: RootContent[] = [
    heading(
      2,
      all.length === 0
        ? [text(`statusdocs: no problems in ${plural(result.files.length, 'doc')}`)]
        : [
            text(
              `statusdocs: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ` +
                `${plural(count('info'), 'info')} in ${plural(files.length, 'file')}`,
            ),
          ],
    ),
  ];
  const notes: PhrasingContent[][] = [];
  const suppressed = options.suppressed ?? 0;
  if (suppressed > 0)
    notes.push([text(`${plural(suppressed, 'finding')} suppressed by the baseline.`)]);
  const fixable = all.filter((message) => message.fixable).length;
  if (fixable > 0) {
    notes.push([
      text(`${plural(fixable, 'finding')} can be repaired by `),
      code('statusdocs fix --write'),
      text('.'),
    ]);
  }
  if (notes.length > 0) {
    const sentences = notes.flatMap((note, at) => (at === 0 ? note : [text(' '), ...note]));
    children.push({ type: 'paragraph', children: sentences });
  }
  if (all.length > 0) {
    children.push(heading(3, [text('By rule')]), ruleList(all), heading(3, [text('By file')]));
    for (const file of files) {
      children.push(
        heading(4, [code(file.path)]),
        fileList(file.messages, options.verbose ?? false),
      );
    }
  }
  return toMarkdown({ type: 'root', children } satisfies Root, {
    bullet: '-',
    listItemIndent: 'one',
  });
}

function ruleList(messages: readonly MessageFields[]): List {
  const rules = new Map<string, { severity: string; count: number }>();
  for (const message of messages) {
    const key = message.ruleId ?? '';
    const entry = rules.get(key) ?? { severity: message.severity, count: 0 };
    entry.count++;
    rules.set(key, entry);
  }
  const rank = (severity: string): number => ['error', 'warning', 'info'].indexOf(severity);
  const sorted = [...rules].sort(
    ([a, x], [b, y]) =>
      Number(!isContradiction(a)) - Number(!isContradiction(b)) ||
      rank(x.severity) - rank(y.severity) ||
      y.count - x.count ||
      a.localeCompare(b),
  );
  return list(
    sorted.map(([rule, { severity, count }]) => [code(rule), text(` (${severity}): ${count}`)]),
  );
}

function fileList(messages: readonly MessageFields[], verbose: boolean): List {
  return list(
    foldFindings(messages, !verbose).map((row) => {
      const { first } = row;
      const items: PhrasingContent[] = [
        text(`${first.line ?? 0}:${first.column ?? 0} ${first.severity} `),
        code(first.ruleId ?? ''),
        text(row.count > 1 ? ` ×${row.count}: ` : ': '),
        ...withCode(first.message.replace(/\s*[\r\n]+\s*/g, ' ')),
      ];
      if (row.count > 1) items.push(text(`; also at ${describeOthers(row)}`));
      return items;
    }),
  );
}

/** A message's code spans (`` `value` ``) as inline code, the rest as text. */
function withCode(message: string): PhrasingContent[] {
  return message
    .split(/(`[^`]*`)/)
    .filter((part) => part !== '')
    .map((part) => (/^`[^`]*`$/.test(part) ? code(part.slice(1, -1)) : text(part)));
}

function list(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children }],
    })),
  };
}

const heading = (depth: 2 | 3 | 4, children: PhrasingContent[]): RootContent => ({
  type: 'heading',
  depth,
  children,
});
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
