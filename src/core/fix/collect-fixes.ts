import type { Diagnostic } from '../diagnostics/report.ts';
import type { Fix, Note } from './fix.ts';

/** Rules that offer certain fixes; their findings without one are left for a person. */
export const FIXABLE_RULES: readonly string[] = [
  'mojibake',
  'missing-file',
  'case-mismatch',
  'relation-asymmetric',
];

/** One doc's fixes and what is left for a person. */
export interface FileFixes {
  fixes: Fix[];
  notes: Note[];
}

/**
 * The certain fixes among one doc's findings, in the findings' order, and
 * the findings of fixable rules that came without one (an ambiguous
 * mojibake, a file with no known new place). `rules` limits both to some
 * rule ids; all fixable rules by default. Pure.
 */
export function collectFixes(
  file: { messages: readonly Diagnostic[] },
  rules: readonly string[] = FIXABLE_RULES,
): FileFixes {
  const fixes: Fix[] = [];
  const notes: Note[] = [];
  for (const message of file.messages) {
    const ruleId = message.ruleId ?? '';
    if (!rules.includes(ruleId)) continue;
    if (message.fix && message.fix.length > 0) fixes.push(toFix(message, message.fix));
    else if (FIXABLE_RULES.includes(ruleId) && !message.places) notes.push(toNote(message));
    // A file's mojibake is one finding: each place it cannot repair is left for a person.
    for (const place of message.places ?? []) {
      if (place.repair !== null) continue;
      notes.push({ ruleId, line: place.line, column: place.column, text: place.message });
    }
  }
  return { fixes, notes };
}

function toFix(message: Diagnostic, edits: Fix['edits']): Fix {
  return {
    ruleId: message.ruleId ?? '',
    line: message.line ?? 1,
    column: message.column ?? 1,
    reason: message.reason,
    edits,
  };
}

function toNote(message: Diagnostic): Note {
  return {
    ruleId: message.ruleId ?? '',
    line: message.line ?? 1,
    column: message.column ?? 1,
    text: message.reason,
  };
}
