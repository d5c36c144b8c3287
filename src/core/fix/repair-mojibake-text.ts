import { findMojibake } from '../encoding/find-mojibake.ts';
import type { Diagnostic } from '../diagnostics/report.ts';
import { applyFixes } from './apply-fixes.ts';
import type { Fix } from './fix.ts';

/** Code spans in a one-line value (a title, a status): the rule leaves code alone, so do we. */
const CODE_SPAN = /`[^`]*`/g;

/**
 * A short text (a title, a status as written) with its certain mojibake
 * repaired: `‚ö†Ô∏è 50% PASSING` → `⚠️ 50% PASSING`. Runs with more than one
 * possible repair, and remnants, stay as written. Pure; the same text
 * always gives the same result.
 */
export function repairMojibakeText(text: string): string {
  const skip = [...text.matchAll(CODE_SPAN)].map((match): [number, number] => [
    match.index,
    match.index + match[0].length,
  ]);
  const { findings } = findMojibake(text, skip);
  const edits = findings.flatMap(({ start, end, repair }) =>
    repair === undefined ? [] : [{ start, end, text: repair }],
  );
  if (edits.length === 0) return text;
  return applyFixes(text, [{ ruleId: 'mojibake', line: 1, column: 1, reason: '', edits }]).text;
}

/**
 * A doc's body (its text from `bodyOffset` on) with the certain fixes of
 * its `mojibake` finding applied, for showing on a page: the file is not
 * touched. Places without a certain repair (ambiguous runs) and repairs in
 * the frontmatter are left out; code is repaired when the finding reached
 * into it (file-wide damage). Pure.
 */
export function repairMojibakeBody(
  text: string,
  bodyOffset: number,
  messages: readonly Diagnostic[],
): string {
  const body = text.slice(bodyOffset);
  const fixes: Fix[] = messages.flatMap((message) => {
    if (message.ruleId !== 'mojibake' || !message.fix || message.fix.length === 0) return [];
    // One finding holds the repairs of the whole file: keep those in the body.
    const edits = message.fix
      .filter((edit) => edit.start >= bodyOffset)
      .map((edit) => ({
        start: edit.start - bodyOffset,
        end: edit.end - bodyOffset,
        text: edit.text,
      }));
    if (edits.length === 0) return [];
    return [
      {
        ruleId: 'mojibake',
        line: message.line ?? 1,
        column: message.column ?? 1,
        reason: message.reason,
        edits,
      },
    ];
  });
  return fixes.length === 0 ? body : applyFixes(body, fixes).text;
}
