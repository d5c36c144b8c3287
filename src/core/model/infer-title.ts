import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DateCandidate } from './date-candidate.ts';
import type { Sourced } from './doc.ts';
import { sourceAt, type Locator } from './locate.ts';
import { parseDate } from './parse-date.ts';
import { stripDecoration } from './strip-decoration.ts';

/** The title read from a doc's first H1, and any date written at its end. */
export interface TitleInference {
  /** The title without emoji, decoration or trailing update stamp; null when nothing is left. */
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
 * candidate `2025-12-13`. A trailing update stamp is only cut when it
 * parses, so a title such as `Plan - Updated Soon` stays whole; a bare
 * trailing date stays in the title (many reports differ by it alone) and is
 * offered as a `date`. An H1 after a section heading (`## …`) is a part of
 * the doc, not its title. Returns null without a title H1.
 */
export function inferTitle(tree: Root, text: string, locate: Locator): TitleInference | null {
  const heading = firstTitleHeading(tree);
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
    // An update stamp is not part of the name; a bare date is (`Session Summary - 2025-12-10`).
    if (field === 'updated') plain = plain.slice(0, tailStart + match.index);
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

/**
 * The first H1 that is not inside a block of custom tags such as
 * `<context>` … `</context>`: prompt-style plans wrap material they quote
 * in such tags, and a heading there is not the doc's title.
 */
function firstTitleHeading(tree: Root): Heading | undefined {
  const open: string[] = [];
  // A tag counts as open only if the doc closes it somewhere.
  const closed = new Set(
    tree.children.flatMap((node) =>
      node.type === 'html'
        ? [...node.value.matchAll(/<\/([a-z][a-z0-9_-]*)>/g)].map((m) => m[1])
        : [],
    ),
  );
  for (const node of tree.children) {
    if (node.type === 'html') {
      for (const [, closing, name] of node.value.matchAll(/<(\/?)([a-z][a-z0-9_-]*)>/g)) {
        if (!name || !TAG_BLOCK.test(name)) continue;
        if (closing) {
          const at = open.lastIndexOf(name);
          if (at !== -1) open.splice(at);
        } else if (closed.has(name) && !node.value.includes(`</${name}>`)) {
          open.push(name);
        }
      }
    } else if (node.type === 'heading' && open.length === 0) {
      if (node.depth === 1) return node;
      return undefined;
    }
  }
  return undefined;
}

/** Tag names that are not HTML (`<context>`, `<objective>`), so they wrap quoted material. */
const TAG_BLOCK =
  /^(?!(?:div|details|summary|section|article|aside|header|footer|main|nav|p|span|table|center|picture|figure|br|hr|a|b|i|em|strong|img|ul|ol|li|pre|code|blockquote|sup|sub|kbd|h[1-6])$)/;

/** Where `raw` is in the heading's source; the last occurrence, since it was cut from the end. */
function locateInHeading(heading: Heading, text: string, raw: string, locate: Locator) {
  const start = heading.position?.start.offset;
  const end = heading.position?.end.offset;
  if (start === undefined || end === undefined) return { from: 'heading' as const };
  const index = text.slice(start, end).lastIndexOf(raw);
  return sourceAt('heading', locate, index === -1 ? start : start + index);
}

/**
 * A title from the file name, for docs without a heading: `bk2-phase-fix.md`
 * gives `bk2 phase fix`, `38.4-17-PLAN.md` gives `38.4-17 PLAN` (a hyphen
 * between digits is kept).
 */
export function fileNameTitle(path: string): Sourced<string> | null {
  const stem = (path.split('/').pop() ?? '').replace(/\.(?:md|markdown|mdx)$/i, '');
  const title = stem
    .replace(/_+/g, ' ')
    .replace(/(?<!\d)-+|-+(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return title === '' ? null : { value: title, source: { from: 'filename' } };
}
