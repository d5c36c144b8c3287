import type { DocView } from '../model/doc-view.ts';

/** One finding of a doc, as its view model carries it. */
export type DiagnosticView = DocView['diagnostics'][number];

/** A severity's findings, ready to list. */
export interface SeverityGroup {
  severity: DiagnosticView['severity'];
  /** Heading of the group: `2 errors`, `77 warnings`, `1 info`. */
  heading: string;
  /** Number of findings in the group. */
  count: number;
  rows: DiagnosticRow[];
}

/** One row of the list: a finding, or many findings of one rule folded into one. */
export type DiagnosticRow =
  | { type: 'single'; diagnostic: DiagnosticView }
  | {
      type: 'rule';
      ruleId: string;
      url: string | null;
      /** What the findings have in common, `Mojibake …`; code spans in backticks. */
      summary: string;
      /** Place of the first finding, `12:5`. */
      first: string;
      diagnostics: DiagnosticView[];
    };

const SEVERITIES: readonly DiagnosticView['severity'][] = ['error', 'warning', 'info'];
const NAMES = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Findings of one rule above this many fold into one row; up to it, they are listed. */
export const FOLD_OVER = 2;

/**
 * A doc's findings grouped for its page: errors, then warnings, then infos;
 * within a severity, the findings of one rule together in the order of their
 * first place, folded into one row when there are more than {@link FOLD_OVER}
 * (77 mojibake warnings read as one line with a details list). Findings
 * without a rule id are never folded. Pure.
 */
export function groupDiagnostics(diagnostics: readonly DiagnosticView[]): SeverityGroup[] {
  const sorted = [...diagnostics].sort(byPlace);
  return SEVERITIES.flatMap((severity) => {
    const own = sorted.filter((diagnostic) => diagnostic.severity === severity);
    if (own.length === 0) return [];
    const byRule = new Map<string | null, DiagnosticView[]>();
    const rows: { at: DiagnosticView; row: DiagnosticRow }[] = [];
    for (const diagnostic of own) {
      if (diagnostic.ruleId === null) {
        rows.push({ at: diagnostic, row: { type: 'single', diagnostic } });
        continue;
      }
      const list = byRule.get(diagnostic.ruleId) ?? [];
      list.push(diagnostic);
      byRule.set(diagnostic.ruleId, list);
    }
    for (const [ruleId, list] of byRule) {
      const first = list[0];
      if (ruleId === null || !first) continue;
      if (list.length <= FOLD_OVER) {
        for (const diagnostic of list)
          rows.push({ at: diagnostic, row: { type: 'single', diagnostic } });
        continue;
      }
      rows.push({
        at: first,
        row: {
          type: 'rule',
          ruleId,
          url: first.url,
          summary: commonSummary(list.map((diagnostic) => diagnostic.message)),
          first: placeOf(first),
          diagnostics: list,
        },
      });
    }
    rows.sort((a, b) => byPlace(a.at, b.at));
    const count = own.length;
    const heading = `${count} ${NAMES[severity]}${count === 1 || severity === 'info' ? '' : 's'}`;
    return [{ severity, heading, count, rows: rows.map(({ row }) => row) }];
  });
}

/** `12:5`, or `–` for a finding with no place in the file. */
export function placeOf(diagnostic: DiagnosticView): string {
  if (diagnostic.line === null) return '–';
  return `${diagnostic.line}:${diagnostic.column ?? 1}`;
}

function byPlace(a: DiagnosticView, b: DiagnosticView): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * The words all messages start with, then `…`: `Mojibake …`. A cut inside a
 * code span moves back before it, so backticks stay paired. When nothing is
 * shared, the first message stands for the rest.
 */
export function commonSummary(messages: readonly string[]): string {
  const [first = '', ...rest] = messages;
  const words = first.split(' ');
  let shared = words.length;
  for (const message of rest) {
    const other = message.split(' ');
    let at = 0;
    while (at < shared && other[at] === words[at]) at++;
    shared = at;
  }
  if (shared === words.length) return first;
  let prefix = words.slice(0, shared);
  while (prefix.join(' ').split('`').length % 2 === 0) prefix = prefix.slice(0, -1);
  const text = prefix.join(' ').replace(/[\s,;:(]+$/, '');
  return text === '' ? first : `${text} …`;
}
