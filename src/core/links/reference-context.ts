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
  /\b(?:creat(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|emit(?:s|ted|ting)?|scaffold(?:s|ed|ing)?|new (?:file|doc)|add(?:s|ed|ing)? (?:a |the )?new|(?:or|as|in) a new (?:file|doc|document|page|folder|plan|spec))\b/i;
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
  /\b(?:creat(?:e|ed)|delet(?:e|ed)|remov(?:e|ed)|archiv(?:e|ed)|mov(?:e|ed)|renam(?:e|ed)|retir(?:e|ed)|supersed(?:e|ed)|new files?)\b/i;

/**
 * Read the context of the path at `offset` in `text`: its table row, or its
 * sentence, plus the nearest heading above it (a `## Files created` list).
 */
export function referenceContext(text: string, offset: number): ReferenceContext | undefined {
  const { start: lineStart, end: lineEnd } = logicalLine(text, offset);
  // Paths themselves say nothing (`missing-plan.md`, `archive/x.md`): blank code spans and link targets.
  // Wrapped lines join with spaces, quote marks too, keeping offsets.
  const joined = text
    .slice(lineStart, lineEnd)
    .replace(/\n[ \t]*(?:>[ \t]*)*/g, (wrap) => ' '.repeat(wrap.length));
  const line = blankPaths(joined);
  const at = offset - lineStart;
  const inTable = /^\s*\|/.test(line);
  const { sentence, before } = inTable
    ? { sentence: line, before: line.slice(0, at) }
    : sentenceAround(line, at);
  // Words about the path stand near it; a long sentence says other things further away.
  const near = inTable
    ? sentence
    : sentence.slice(Math.max(0, before.length - NEAR_BEFORE), before.length + NEAR_AFTER);
  if (RECORD.test(near)) return 'record';
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
  if (HEDGE.test(near) || CREATE.test(near) || DELETE.test(near)) return 'intent';
  // A pattern or an example is named before its paths (`Template: \`<x>.md\``, `e.g. \`a.md\``).
  if (OTHER_INTENT.test(near.slice(0, Math.min(near.length, before.length + NEAR_AFTER_LABEL)))) {
    return 'intent';
  }
  // A question weighs options (`` `TASKS.md` or a JSON file? ``).
  if (/\?[*_)"'”]*\s*$/.test(sentence)) return 'intent';
  if (isListItem(line) && leadInSays(text, lineStart)) return 'intent';
  const heading = headingAbove(text, lineStart);
  if (!inTable && heading !== undefined && SECTION.test(heading) && isListItem(line)) {
    return 'intent';
  }
  return undefined;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
// Lines that start a logical line of their own: list items, headings, table rows, fences, bold
// header lines (`**Created:** …`) and blank lines, also inside a quote.
const BLOCK_START = /^\s*(?:>\s*)*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|\||```|~~~|\*\*|__|$)/;
const BLOCK_END = /^\s*(?:>\s*)*(?:#{1,6}\s|\||```|~~~|$)/;
const MAX_WRAPPED_LINES = 8;
const NEAR_BEFORE = 200;
const NEAR_AFTER = 60;
const NEAR_AFTER_LABEL = 20;

function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/**
 * The offsets of the logical line around `offset`: its source line joined
 * with the hard-wrapped lines of the same paragraph or list item, so a
 * sentence that wraps (`- Rename:\n  \`a.md\` to`) is read whole.
 */
function logicalLine(text: string, offset: number): { start: number; end: number } {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  for (let n = 0; n < MAX_WRAPPED_LINES && start > 0; n++) {
    if (BLOCK_START.test(lineAt(text, start))) break;
    const above = text.lastIndexOf('\n', start - 2) + 1;
    const previous = lineAt(text, above);
    if (BLOCK_END.test(previous)) break;
    start = above;
  }
  let end = text.indexOf('\n', offset);
  for (let n = 0; n < MAX_WRAPPED_LINES && end !== -1; n++) {
    if (BLOCK_START.test(lineAt(text, end + 1))) break;
    end = text.indexOf('\n', end + 1);
  }
  return { start, end: end === -1 ? text.length : end };
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end);
}

/**
 * Whether the sentence that leads into a list (`Two drafts were deleted:`)
 * creates, deletes, moves or records what the list names.
 */
function leadInSays(text: string, itemStart: number): boolean {
  let start = itemStart;
  for (let n = 0; n < 40 && start > 0; n++) {
    start = text.lastIndexOf('\n', start - 2) + 1;
    const line = lineAt(text, start);
    if (LIST_ITEM.test(line) || /^\s*$|^\s{2,}\S/.test(line)) continue;
    if (!/:\s*$/.test(line) || /^\s*#/.test(line)) return false;
    const lead = blankPaths(line);
    return RECORD.test(lead) || DELETE.test(lead) || CREATE.test(lead) || MOVE.test(lead);
  }
  return false;
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
  for (const match of line.matchAll(/[.!?;][*_]*\s+(?=[A-Z`*[(])/g)) {
    const end = match.index + match[0].length;
    if (end > at) break;
    start = end;
  }
  const rest = line.slice(at);
  const stop = /[.!?;][*_]*\s+(?=[A-Z`*[(])/.exec(rest);
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
