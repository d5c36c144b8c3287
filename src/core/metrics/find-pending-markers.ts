import type { SourceDoc } from '../load/source-doc.ts';
import { docLocator } from '../model/locate.ts';
import { analyzeTables } from './analyze-table.ts';
import { inPastSection } from './claim-context.ts';
import { collectSections, sectionAt } from './collect-sections.ts';
import { maskedLines } from './mask-text.ts';
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

const PENDING: readonly RegExp[] = [
  /⏳|⌛/u,
  /\bnot\s+yet\s+(?:been\s+)?(?:\w+ed|run|done|begun|written|built|seen)\b/i,
  /\bawaiting\b/i,
  /(?:^|[:(]\s*|\b(?:still|is|are|remains?)\s+)pending\b|\bpending(?=\s*(?:$|[).,;:!—–-]|\s+(?:review|approval|sign-?off|migration|execution|verification|validation|deployment|merge|testing|tests?|confirmation|fix|release|run|results?)\b))/im,
  /\bTODO\b/,
];

/** What every {@link PENDING} pattern needs somewhere; most lines and cells have none of it. */
const PENDING_HINT = /[⏳⌛]|yet|awaiting|pending|todo/i;

/** Wording that negates a pending marker: `no pending`, `0 pending`, `nothing awaiting`. */
const NEGATED = /\b(?:no|none|nothing|zero|0)\s+(?:\w+\s+)?(?:pending|awaiting|todo)\b/i;

/**
 * Pending markers in the doc's own prose, lists and table cells, with what
 * they mark. Code, quotes, headings, history sections and follow-up
 * sections (Next Steps, Future, Recommendations) are skipped: pending work
 * there is expected. One marker per line.
 */
export function findPendingMarkers(source: SourceDoc): PendingMarker[] {
  const sections = collectSections(source.tree, source.text.length);
  const locate = docLocator(source);
  const skip = (offset: number): boolean => inPastSection(sections, sectionAt(sections, offset));
  const found: PendingMarker[] = [];
  for (const line of maskedLines(source)) {
    if (/^\s*#/.test(line.text) || skip(line.offset)) continue;
    const hit = match(line.text);
    if (!hit) continue;
    found.push({
      marker: hit.text,
      subject: subjectOf(line.text),
      position: positionOf(
        locate,
        line.offset + hit.index,
        line.offset + hit.index + hit.text.length,
      ),
    });
  }
  for (const table of analyzeTables(source.tree)) {
    for (const row of table.rows) {
      const offset = row.position?.start.offset ?? 0;
      if (skip(offset)) continue;
      const cell = row.cells.find((c) => match(c.text) !== null);
      const hit = cell ? match(cell.text) : null;
      if (!cell?.position || !hit) continue;
      const label = row.cells[0]?.text ?? '';
      found.push({
        marker: hit.text,
        subject: subjectOf(label && label !== cell.text ? `${label}: ${cell.text}` : cell.text),
        position: cell.position,
      });
    }
  }
  return found.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}

function match(text: string): { text: string; index: number } | null {
  if (!PENDING_HINT.test(text) || NEGATED.test(text)) return null;
  for (const pattern of PENDING) {
    const hit = pattern.exec(text);
    if (hit) {
      const lead = hit[0].length - hit[0].trimStart().length;
      const core = hit[0].trim().replace(/^[:(]\s*/, '');
      return { text: core, index: hit.index + lead + hit[0].trim().indexOf(core) };
    }
  }
  return null;
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
