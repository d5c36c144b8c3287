/**
 * What the sentence around a prose path says about it. `intent`: the path is
 * one to create, delete, or maybe there (`Create \`x.md\``, `Deleted
 * \`old.md\``, `` `x.md` (if exists)``), or the old side of a move
 * (`Move: \`a.md\` → \`b/\``); not a reference to check. `record`: an audit
 * row or sentence that names a missing file on purpose (`MISSING`, `❌`,
 * `not found`); checked, but never edited.
 */
export type ReferenceContext = 'intent' | 'record';

const HEDGE =
  /\bif (?:it )?(?:exists?|present|any|available|needed)\b|\(optional\)|\bto be (?:created|written|added|defined)\b|\bnot (?:yet )?(?:created|written|exist)|\b(?:TBD|TODO|planned|proposed|pending|upcoming)\b|\(new\)/i;
const CREATE =
  /\b(?:creat(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|scaffold(?:s|ed|ing)?|new (?:file|doc)|add(?:s|ed|ing)? (?:a |the )?new|(?:or|as|in) a new)\b/i;
const DELETE = /\b(?:delet(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|dropp?(?:ed|ing)?|retir(?:e|ed))\b/i;
const MOVE =
  /\b(?:mov(?:e|es|ed|ing)|renam(?:e|es|ed|ing)|archiv(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing)|superseded|replaced|relocat(?:e|ed))\b/i;
const ARROW = /→|->|=>|⟶|⇒|➜|➡/;
const RECORD =
  /\bMISSING\b|❌|✗|\bnot found\b|\bdoes(?:n['’]t| not) exist|\bno longer exists?\b|\bbroken\b|\bdead link|\bmissing\b|\bnonexistent\b|\bnon-existent\b|\babsent\b|\bdeleted\b|\bremoved\b/i;
// The same intents in the other languages status docs are often written in
// (Chinese, German, Portuguese, Spanish), and naming patterns and examples.
const OTHER_INTENT =
  /交付物|产出|新建|创建|删除|移除|移动|迁移|重命名|归档|命名|格式|模板|例如|示例|\b(?:erstell(?:en|t)|anleg(?:en|t)|gelöscht|löschen|verschoben|umbenannt|archiviert|criar|criado|removid[oa]|excluíd[oa]|movid[oa]|renomead[oa]|arquivad[oa]|crear|eliminad[oa])\b|\b(?:deliverables?|naming|convention|pattern|template|e\.g\.|for example|such as)\b/i;
const SECTION =
  /\b(?:creat(?:e|ed)|delet(?:e|ed)|remov(?:e|ed)|archiv(?:e|ed)|mov(?:e|ed)|renam(?:e|ed)|new files?)\b/i;

/**
 * Read the context of the path at `offset` in `text`: its table row, or its
 * sentence, plus the nearest heading above it (a `## Files created` list).
 */
export function referenceContext(text: string, offset: number): ReferenceContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', offset);
  // Paths themselves say nothing (`missing-plan.md`, `archive/x.md`): blank code spans and link targets.
  const line = blankPaths(text.slice(lineStart, lineEndAt === -1 ? undefined : lineEndAt));
  const at = offset - lineStart;
  const inTable = /^\s*\|/.test(line);
  const { sentence, before } = inTable
    ? { sentence: line, before: line.slice(0, at) }
    : sentenceAround(line, at);
  if (RECORD.test(sentence)) return 'record';
  if (ARROW.test(sentence)) {
    const arrow = sentence.search(ARROW);
    return before.length < arrow ? 'intent' : undefined;
  }
  if (MOVE.test(sentence)) {
    // `Moved \`a.md\` to \`b.md\``: the old side is before `to`/`into`, the new one after.
    const verb = sentence.search(MOVE);
    const to = sentence.slice(verb).search(/\b(?:to|into|in|under|as|by)\b/i);
    if (to === -1 || before.length < verb + to) return 'intent';
    return undefined;
  }
  if (HEDGE.test(sentence) || CREATE.test(sentence) || DELETE.test(sentence)) return 'intent';
  if (OTHER_INTENT.test(sentence)) return 'intent';
  // A question weighs options (`` `TASKS.md` or a JSON file? ``).
  if (sentence.includes('?')) return 'intent';
  const heading = headingAbove(text, lineStart);
  if (
    !inTable &&
    heading !== undefined &&
    SECTION.test(heading) &&
    /^\s*(?:[-*+]|\d+[.)])\s/.test(line)
  ) {
    return 'intent';
  }
  return undefined;
}

/** The line with code spans and link destinations blanked out, keeping offsets. */
function blankPaths(line: string): string {
  return line
    .replace(/`[^`]*`/g, (span) => `\`${'x'.repeat(Math.max(0, span.length - 2))}\``)
    .replace(/\]\([^)]*\)/g, (target) => `](${'x'.repeat(Math.max(0, target.length - 3))})`);
}

/** The sentence of `line` around column `at`, and its text before that column. */
function sentenceAround(line: string, at: number): { sentence: string; before: string } {
  let start = 0;
  for (const match of line.matchAll(/[.!?;]\s+(?=[A-Z`*[(])/g)) {
    const end = match.index + match[0].length;
    if (end > at) break;
    start = end;
  }
  const rest = line.slice(at);
  const stop = /[.!?;]\s+(?=[A-Z`*[(])/.exec(rest);
  const end = stop ? at + stop.index + 1 : line.length;
  return { sentence: line.slice(start, end), before: line.slice(start, at) };
}

/** The text of the nearest ATX heading above `lineStart`, if any. */
function headingAbove(text: string, lineStart: number): string | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (/^#{1,6}\s/.test(line)) return line;
    end = start - 1;
  }
  return undefined;
}
