import type { Fix } from './fix.ts';
import type { TextEdit } from '../diagnostics/text-edit.ts';

/** A fix that was not applied, and why. */
export interface RefusedFix {
  fix: Fix;
  /** One sentence: `overlaps the mojibake fix at 3:5`. */
  reason: string;
}

/** The outcome of {@link applyFixes}. */
export interface AppliedFixes {
  text: string;
  applied: Fix[];
  refused: RefusedFix[];
}

interface Placed {
  edit: TextEdit;
  fix: Fix;
  order: number;
}

/**
 * Apply fixes to a text. Every offset refers to the original text, so edits
 * never shift one another: they are applied from the end of the file
 * backwards in effect, built here in one forward pass over the gaps between
 * them. Fixes are taken in order; one that overlaps a fix already taken (or
 * itself) is refused whole and listed, never merged. Insertions at the same
 * offset are not a conflict: they go in the order given. A replacement and
 * an insertion at its start or end touch, they do not overlap. An edit
 * identical to one already taken (two findings, one repair) is kept once.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const taken: Placed[] = [];
  const applied: Fix[] = [];
  const refused: RefusedFix[] = [];
  for (const fix of fixes) {
    const fresh = fix.edits.filter((edit) => !taken.some((other) => sameEdit(other.edit, edit)));
    const problem = findProblem(text, fresh, taken);
    if (problem) {
      refused.push({ fix, reason: problem });
      continue;
    }
    for (const edit of fresh) taken.push({ edit, fix, order: taken.length });
    applied.push(fix);
  }
  return { text: splice(text, taken), applied, refused };
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}

function findProblem(
  text: string,
  edits: readonly TextEdit[],
  taken: readonly Placed[],
): string | undefined {
  for (const [index, edit] of edits.entries()) {
    if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length)) {
      return `its edit ${edit.start}–${edit.end} is outside the file (${text.length} characters)`;
    }
    const other = taken.find((placed) => overlaps(placed.edit, edit));
    if (other) {
      return `it overlaps the \`${other.fix.ruleId}\` fix at ${other.fix.line}:${other.fix.column}`;
    }
    if (edits.slice(0, index).some((before) => overlaps(before, edit))) {
      return 'its own edits overlap';
    }
  }
  return undefined;
}

/** Whether two edits touch the same characters; an insertion overlaps only a range strictly around it. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function splice(text: string, taken: readonly Placed[]): string {
  const sorted = [...taken].sort(
    (a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order,
  );
  const parts: string[] = [];
  let at = 0;
  for (const { edit } of sorted) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
