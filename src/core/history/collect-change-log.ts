import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findEntryDate } from './find-entry-date.ts';

/** One dated entry of a doc's own change log (`- Auth tests complete (Dec 14)`). */
export interface ChangeLogEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The entry's text, markup and the date itself removed. */
  text: string;
  /** 1-based line of the entry in the doc. */
  line: number;
}

// "Change Log", "Changelog", "History", "Revision history", "Version history", "Changes".
const TITLE = /^(?:change\s*-?\s*log|(?:revision|version|document)?\s*history|changes|updates)$/i;

/**
 * The dated entries of a doc's own change-log sections: a heading such as
 * `## Change Log` or `## History`, or a paragraph ending in a bold label
 * (`**Change Log**:`) followed by a list. List items and dated subheadings
 * are entries; undated ones are skipped, since a changelog needs a date.
 * `reference` (the doc's date) gives dates written without a year their
 * year. Pure; in document order.
 */
export function collectChangeLog(tree: Root, reference: string | null): ChangeLogEntry[] {
  const entries: ChangeLogEntry[] = [];
  const nodes = tree.children;
  for (let at = 0; at < nodes.length; at++) {
    const node = nodes[at];
    if (node?.type === 'heading' && TITLE.test(cleanTitle(toString(node)))) {
      const end = sectionEnd(nodes, at, node.depth);
      entries.push(...entriesOf(nodes.slice(at + 1, end), reference, null));
      at = end - 1;
    } else if (
      node?.type === 'paragraph' &&
      endsWithLabel(node) &&
      nodes[at + 1]?.type === 'list'
    ) {
      entries.push(...itemEntries(nodes[at + 1] as List, reference, null));
      at++;
    }
  }
  return entries;
}

function entriesOf(
  nodes: readonly RootContent[],
  reference: string | null,
  headingDate: string | null,
): ChangeLogEntry[] {
  const entries: ChangeLogEntry[] = [];
  let date = headingDate;
  for (const node of nodes) {
    if (node.type === 'heading') {
      date = findEntryDate(toString(node), reference)?.date ?? null;
      const title = stripDate(toString(node), reference);
      if (date && title !== '') entries.push(entry(date, title, node));
    } else if (node.type === 'list') {
      entries.push(...itemEntries(node, reference, date));
    }
  }
  return entries;
}

function itemEntries(
  list: List,
  reference: string | null,
  fallback: string | null,
): ChangeLogEntry[] {
  const entries: ChangeLogEntry[] = [];
  for (const item of list.children) {
    const text = itemText(item);
    const date = findEntryDate(text, reference)?.date ?? fallback;
    const rest = stripDate(text, reference);
    if (date && rest !== '') entries.push(entry(date, rest, item));
  }
  return entries;
}

function entry(date: string, text: string, node: Heading | ListItem): ChangeLogEntry {
  return { date, text, line: node.position?.start.line ?? 1 };
}

/** The item's own first paragraph, one line. */
function itemText(item: ListItem): string {
  const first = item.children[0];
  return first?.type === 'paragraph' ? toString(first).replace(/\s+/g, ' ').trim() : '';
}

/** Text without its date and the brackets or separators around it. */
function stripDate(text: string, reference: string | null): string {
  const found = findEntryDate(text, reference);
  if (!found) return text.trim();
  const before = text.slice(0, found.index).replace(/[\s([]+$/, '');
  const after = text.slice(found.index + found.length).replace(/^[\s)\]]+/, '');
  const joined = before === '' ? after.replace(/^[:–—-]\s*/, '') : `${before} ${after}`;
  return joined
    .replace(/\s+/g, ' ')
    .replace(/[\s:–—-]+$/, '')
    .trim();
}

function cleanTitle(title: string): string {
  return title
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a paragraph's last line is a bold label such as `**Change Log**:`. */
function endsWithLabel(paragraph: Paragraph): boolean {
  const last = paragraph.children.at(-1);
  const strong =
    last?.type === 'text' && /^:?\s*$/.test(last.value) ? paragraph.children.at(-2) : last;
  if (strong?.type !== 'strong') return false;
  return TITLE.test(cleanTitle(toString(strong)));
}

function sectionEnd(nodes: readonly RootContent[], start: number, depth: number): number {
  for (let at = start + 1; at < nodes.length; at++) {
    const node = nodes[at];
    if (node?.type === 'heading' && node.depth <= depth) return at;
  }
  return nodes.length;
}
