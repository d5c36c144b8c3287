import type { SourceDoc } from '../load/source-doc.ts';
import { normalizeStatus } from '../model/normalize-status.ts';
import type { TableAnalysis } from './analyze-table.ts';
import { inPastSection } from './claim-context.ts';
import { sectionAt, sectionChain, type Section } from './collect-sections.ts';
import type { DocIndex } from './doc-index.ts';
import { listsAfterLead } from './lists-after-lead.ts';
import { positionOf } from './extract-text-claims.ts';
import type { Position } from 'unist';

/** Something still to be done: `⏳`, `not yet executed`, `awaiting`, `pending`, `TODO`. */
export interface PendingMarker {
  /** The marker as written (`not yet executed`). */
  marker: string;
  /** What is pending, for messages: the line or cell, markers and markup removed. */
  subject: string;
  position: Position;
}

const NOT_YET =
  /\bnot\s+yet\s+(?:been\s+)?(?:executed|run|tested|verified|validated|deployed|implemented|done|started|measured|written|built|merged|released|reviewed|migrated|configured)\b/i;
/**
 * `pending` or `awaiting` as a status: after a label, a dash or a parenthesis
 * (`Migration: pending review`), `still pending`, or opening an item when
 * what follows says what it waits for (`Pending review`).
 */
const STATUS_WORD =
  /(?:[:(,;|—–]\s*|\s-\s+|\b(?:still|is|are|remains?)\s+)(?:⏳\s*)?(?:pending|awaiting)\b(?!\s+(?:queue|list|state|items?|requests?|indicators?|flow))|^(?:pending|awaiting)(?=\s*(?:$|[).,;:!—–-]|\s+(?:review|approval|sign-?off|migration|execution|verification|validation|deployment|merge|testing|tests?|confirmation|fix|release|run|results?)\b))(?!\s+\w+\s+(?:queue|list|state|items?|requests?|indicators?|flow|view|page|table)\b)/i;
const HOURGLASS = /^[⏳⌛]/u;
const TODO = /^TODO\b/;
/** Wording that negates or empties a marker: `no pending`, `0 pending`, `pending: 0`. */
const NEGATED =
  /\b(?:no|none|nothing|zero|0)\s+(?:\w+\s+)?(?:pending|awaiting|todo)\b|\bpending\s*[:=]\s*0\b/i;
/** Items that are meant to stay open or were dropped on purpose. */
const NOT_WORK =
  /\b(?:skipped|deferred|out of scope|not in (?:current )?scope|optional|won'?t do|future|nice[- ]to[- ]have|if not yet)\b/i;
/** Sections whose pending words are not the doc's open work: risks, legends, dependencies. */
const ASIDE_TITLE =
  /\b(?:risks?|legend|status (?:icons?|key)|icons?|dependencies|depends on|prerequisites|assumptions|background|context|problem|glossary|blocked by|known (?:limitations|issues|gaps)|limitations|caveats|deferred|postponed|related|see also|references)\b/i;
/** Columns whose cells state a row's status. */
const STATUS_COLUMN =
  /\b(?:status|state|result|evidence|progress|comment|notes?|remarks|stand|estado|状态)\b/i;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(\[[ xX]\]\s*)?/;

/**
 * Pending markers of the doc's own open work, with what they mark: list
 * items that start with ⏳, say `not yet executed`, or give `pending` /
 * `awaiting` as their status (`Migration: pending review`), and status cells
 * of tables. Prose, headings, checked items, legends (`⏳ In Progress` alone),
 * skipped or deferred items, and history, follow-up, risk, legend and
 * dependency sections are not read. One marker per line.
 */
export function findPendingMarkers(
  source: SourceDoc,
  { sections, locate, lines, tables }: Pick<DocIndex, 'sections' | 'locate' | 'lines' | 'tables'>,
): PendingMarker[] {
  const skip = (offset: number): boolean => {
    const section = sectionAt(sections, offset);
    return inPastSection(section) || isAside(sections, section);
  };
  const found: PendingMarker[] = [];
  const later = listsAfterLead(source.tree, (lead) => LATER_LEAD.test(lead));
  for (const line of lines) {
    const item = LIST_ITEM.exec(line.text);
    if (!item || /x/i.test(item[1] ?? '') || skip(line.offset)) continue;
    if (later.some(([from, to]) => line.offset >= from && line.offset < to)) continue;
    const hit = matchItem(line.text.slice(item[0].length));
    if (!hit) continue;
    const start = line.offset + item[0].length + hit.index;
    found.push({
      marker: hit.text,
      subject: subjectOf(line.text),
      position: positionOf(locate, start, start + hit.text.length),
    });
  }
  for (const table of tables) found.push(...tableMarkers(table, skip));
  return found.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}

/** A lead-in that announces later or optional work: `Planned Tests (Future):`, `Next:`. */
const LATER_LEAD =
  /\b(?:future|planned|next|later|upcoming|follow[- ]?ups?|todo later|deferred|optional|nice[- ]to[- ]have|possible|ideas?)\b[^:]*:\s*$/i;

function isAside(sections: readonly Section[], section: Section | null): boolean {
  return sectionChain(sections, section).some((s) => s.depth > 1 && ASIDE_TITLE.test(s.title));
}

function tableMarkers(table: TableAnalysis, skip: (offset: number) => boolean): PendingMarker[] {
  const status = table.columns.filter((c) => STATUS_COLUMN.test(c.header)).map((c) => c.index);
  const found: PendingMarker[] = [];
  for (const row of table.rows) {
    if (skip(row.position?.start.offset ?? 0)) continue;
    // The first cell names the row (`pending` in a table of states); it is not a status.
    const cell = row.cells.find(
      (c, index) => index > 0 && status.includes(index) && matchCell(c.text),
    );
    if (!cell?.position) continue;
    const label = row.cells[0]?.text ?? '';
    found.push({
      marker: matchCell(cell.text) ?? '',
      subject: subjectOf(label && label !== cell.text ? `${label}: ${cell.text}` : cell.text),
      position: cell.position,
    });
  }
  return found;
}

function matchItem(raw: string): { text: string; index: number } | null {
  const text = raw.replace(/^(?:\*\*|__)/, '');
  const lead = raw.length - text.length;
  if (NEGATED.test(text) || NOT_WORK.test(text) || isLegend(text)) return null;
  if (HOURGLASS.test(text)) return { text: text.slice(0, 1), index: lead };
  if (TODO.test(text)) return { text: 'TODO', index: lead };
  for (const pattern of [NOT_YET, STATUS_WORD]) {
    const hit = pattern.exec(text);
    if (!hit) continue;
    const core = hit[0].replace(/^[\s:(,;|—–-]*(?:still|is|are|remains?)?\s*/i, '');
    return { text: core, index: lead + hit.index + hit[0].indexOf(core) };
  }
  return null;
}

function matchCell(text: string): string | null {
  if (NEGATED.test(text) || NOT_WORK.test(text)) return null;
  if (HOURGLASS.test(text.trim())) return text.trim().slice(0, 1);
  return NOT_YET.exec(text)?.[0] ?? STATUS_WORD.exec(text.trim())?.[0].replace(/^\W+/, '') ?? null;
}

/** A status key rather than a status: an emoji and a status word, nothing else (`⏳ In Progress`). */
function isLegend(text: string): boolean {
  if (!/^\s*\p{Extended_Pictographic}/u.test(text)) return false;
  const words = text.replace(/(?:\p{Extended_Pictographic}|\uFE0F|\u200D|[*_])/gu, ' ').trim();
  return words.split(/\s+/).length <= 3 && normalizeStatus(words) !== null;
}

/**
 * What a line says is pending, for a message: list marker, checkbox, emoji
 * and markup removed, a trailing parenthetical dropped, and `Label: detail`
 * cut to the label (`Tests not yet executed`, `Tests executed`).
 */
export function subjectOf(text: string): string {
  let subject = text
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^\[[ xX]\]\s*/, '')
    .replace(/[*_`]/g, '')
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  subject = subject.replace(/\s*\([^()]*\)\s*$/, '').trim();
  const colon = subject.indexOf(': ');
  if (colon > 0 && colon <= 60) subject = subject.slice(0, colon);
  return subject.length > 80 ? `${subject.slice(0, 79).trimEnd()}…` : subject;
}
