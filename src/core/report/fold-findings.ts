import type { MessageFields } from './describe-message.ts';
import { compareFindings } from './rank-findings.ts';

/** Findings of one rule in one file shown as one row: the first, and where the others are. */
export interface FoldedFinding {
  /** The first finding in report order; its message stands for the group. */
  first: MessageFields;
  /** How many findings the row stands for (1 when not folded). */
  count: number;
  /** Every finding of the group, in report order. */
  all: MessageFields[];
}

/** A rule repeating this often in one file is folded into one row by default. */
export const FOLD_AT = 4;

/**
 * Sort one file's findings for reporting ({@link compareFindings}) and, when
 * `fold` is set, fold each rule with {@link FOLD_AT} or more findings into
 * one row placed where its first finding sorts. Pure.
 */
export function foldFindings(messages: readonly MessageFields[], fold: boolean): FoldedFinding[] {
  const sorted = [...messages].sort(compareFindings);
  if (!fold) return sorted.map((message) => ({ first: message, count: 1, all: [message] }));
  const byRule = new Map<string, MessageFields[]>();
  for (const message of sorted) {
    const key = `${message.ruleId ?? ''}\u0000${message.severity}`;
    byRule.set(key, [...(byRule.get(key) ?? []), message]);
  }
  const rows: FoldedFinding[] = [];
  const folded = new Set<string>();
  for (const message of sorted) {
    const key = `${message.ruleId ?? ''}\u0000${message.severity}`;
    const group = byRule.get(key) ?? [message];
    if (group.length < FOLD_AT) {
      rows.push({ first: message, count: 1, all: [message] });
    } else if (!folded.has(key)) {
      folded.add(key);
      rows.push({ first: message, count: group.length, all: group });
    }
  }
  return rows;
}

/** `35:6, 67:9, 68:9 and 10 more`: where the other findings of a folded row are. */
export function describeOthers(row: FoldedFinding, shown = 3): string {
  const others = row.all.slice(1);
  const places = others.slice(0, shown).map((m) => `${m.line ?? 0}:${m.column ?? 0}`);
  const rest = others.length - places.length;
  return rest > 0 ? `${places.join(', ')} and ${rest} more` : places.join(', ');
}
