import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DateCandidate } from './date-candidate.ts';
import type { Sourced } from './doc.ts';
import { sourceAt, type Locator } from './locate.ts';
import { parseDate } from './parse-date.ts';
import { stripDecoration } from './strip-decoration.ts';

/** The title read from a doc's first H1, and any date written at its end. */
export interface TitleInference {
  /** The title without emoji, decoration or trailing date; null when nothing is left. */
  title: Sourced<string> | null;
  /** `- Updated 2025-12-13` gives an `updated` candidate; a bare `- 2025-12-13` a `date`. */
  dates: DateCandidate[];
}

const TAIL = 120;
const SEPARATOR = String.raw`(?:\s*[-–—:|,]\s*|\s*\(\s*|\s+)`;
const UPDATED = new RegExp(
  String.raw`${SEPARATOR}(?:last\s+)?updated(?:\s+on)?\s*:?\s*(.+?)\s*\)?\s*$`,
  'i',
);
const BARE_DATE = new RegExp(
  String.raw`${SEPARATOR}(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4})\s*\)?\s*$`,
  'i',
);

/**
 * Infer the title from the first top-level H1: `# 🎯 **Backend Status** -
 * Updated 2025-12-13` gives the title `Backend Status` and an `updated`
 * candidate `2025-12-13`. A trailing date is only cut when it parses, so a
 * title such as `Plan - Updated Soon` stays whole. Returns null without an H1.
 */
export function inferTitle(tree: Root, text: string, locate: Locator): TitleInference | null {
  const heading = tree.children.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  );
  if (!heading) return null;
  let plain = toString(heading).replace(/\s+/g, ' ').trim();
  // A date is at the end: looking at the tail only keeps a huge heading cheap.
  const tailStart = Math.max(0, plain.length - TAIL);
  const dates: DateCandidate[] = [];
  for (const [pattern, field] of [
    [UPDATED, 'updated'],
    [BARE_DATE, 'date'],
  ] as const) {
    const match = pattern.exec(plain.slice(tailStart));
    const raw = match?.[1];
    const parsed = raw === undefined ? null : parseDate(raw);
    if (!match || raw === undefined || parsed === null) continue;
    plain = plain.slice(0, tailStart + match.index);
    dates.push({ field, raw, parsed, source: locateInHeading(heading, text, raw, locate) });
    break;
  }
  const title = stripDecoration(plain);
  const start = heading.children[0]?.position?.start.offset ?? heading.position?.start.offset;
  return {
    title: title === '' ? null : { value: title, source: sourceAt('heading', locate, start) },
    dates,
  };
}

/** Where `raw` is in the heading's source; the last occurrence, since it was cut from the end. */
function locateInHeading(heading: Heading, text: string, raw: string, locate: Locator) {
  const start = heading.position?.start.offset;
  const end = heading.position?.end.offset;
  if (start === undefined || end === undefined) return { from: 'heading' as const };
  const index = text.slice(start, end).lastIndexOf(raw);
  return sourceAt('heading', locate, index === -1 ? start : start + index);
}
