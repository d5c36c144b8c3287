import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ValueSource } from './doc.ts';
import { sourceAt, type Locator } from './locate.ts';

/** One bold header line such as `**Status**: ✅ Complete`. */
export interface HeaderField {
  /** The label as written, without `**` and colon: `Last Updated`. */
  label: string;
  /** The label lower-cased, emoji and punctuation stripped: `last updated`. Match on this. */
  key: string;
  /** The value as written, Markdown included: `` `plans/x.md` (Phases 1, 2) ``. */
  value: string;
  /** The value as plain text: `**`, `__`, backticks and link targets removed. */
  text: string;
  /** Where the value starts (after the colon and spaces); offset into the doc's text. */
  offset: number;
  /** The position of the value, `from: 'header'`. */
  source: ValueSource;
  /** Where the line is: see {@link parseHeaderFields}. */
  zone: HeaderZone;
}

/** The parts of a doc where header lines are read, best first. */
export type HeaderZone = 'head' | 'summary' | 'foot';

/** `## Executive Summary`, `## Status`, `## Overview`, `## TL;DR`. */
const SUMMARY_HEADING = /\b(?:summary|status|overview|tl;?dr)\b/i;

// `**Label**: value` or `**Label:** value`, at the start of a line.
const FIELD = /^[ \t]*\*\*([^*\n]{1,60}?)(?::\*\*|\*\*[ \t]*:)[ \t]*(.*)$/d;
// What every field line starts with; a cheap test before the full pattern.
const FIELD_START = /^[ \t]*\*\*/;
// Header lines are short; longer lines are prose, and skipping them bounds regex work.
const MAX_LINE = 1000;
// A real head or footer has a handful of fields; a wall of them is content, and bounding it keeps work linear.
const MAX_FIELDS = 100;

/**
 * Collect bold header lines from where docs keep their metadata: top-level
 * paragraphs before the first heading of depth 2 or more, or the second H1
 * (the doc's head),
 * the paragraphs right under a first `##` named like a summary (`##
 * Executive Summary` then `**Status**: …`), up to the next heading, and
 * top-level paragraphs after the last top-level thematic break when no
 * heading follows it (a `---` then `**Last Updated**: …` footer). Lines in
 * sections are not read: `**Status**: TODO` under `### Task 3` is the task's
 * status, not the doc's, and reading it would make rules cry wolf. Code
 * blocks, lists and quotes are not paragraphs at the top level, so their
 * lines never count. Fields are in document order; empty values are skipped.
 */
export function parseHeaderFields(tree: Root, text: string, locate: Locator): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const [node, zone] of headerZones(tree.children)) {
    if (node.type !== 'paragraph') continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    fields.push(...parseLines(text.slice(start, end), start, zone, locate));
    if (fields.length >= MAX_FIELDS) return fields.slice(0, MAX_FIELDS);
  }
  return fields;
}

/** The top-level nodes of the head, summary and foot, each tagged with its zone. */
function headerZones(children: readonly RootContent[]): [RootContent, HeaderZone][] {
  // A second H1 starts a section too, in docs that use `#` for every section.
  let h1s = 0;
  const isSection = (node: RootContent) =>
    node.type === 'heading' && (node.depth >= 2 || ++h1s > 1);
  const firstSection = children.findIndex(isSection);
  const headEnd = firstSection === -1 ? children.length : firstSection;
  const zones: [RootContent, HeaderZone][] = children
    .slice(0, headEnd)
    .map((node) => [node, 'head']);
  const sectionHeading = children[headEnd];
  if (sectionHeading && SUMMARY_HEADING.test(toString(sectionHeading))) {
    const rest = children.slice(headEnd + 1);
    const next = rest.findIndex((node) => node.type === 'heading');
    const summary = next === -1 ? rest : rest.slice(0, next);
    zones.push(...summary.map((node): [RootContent, HeaderZone] => [node, 'summary']));
  }
  const lastBreak = children.findLastIndex((node) => node.type === 'thematicBreak');
  const foot = lastBreak >= headEnd ? children.slice(lastBreak + 1) : [];
  if (!foot.some((node) => node.type === 'heading')) {
    zones.push(...foot.map((node): [RootContent, HeaderZone] => [node, 'foot']));
  }
  return zones;
}

function parseLines(
  paragraph: string,
  base: number,
  zone: HeaderZone,
  locate: Locator,
): HeaderField[] {
  const fields: HeaderField[] = [];
  let lineStart = 0;
  for (const line of paragraph.split('\n', MAX_FIELDS * 10)) {
    if (fields.length >= MAX_FIELDS) break;
    const match =
      line.length > MAX_LINE || !FIELD_START.test(line)
        ? null
        : FIELD.exec(line.replace(/\r$/, ''));
    const label = match?.[1]?.replace(/:\s*$/, '').trim() ?? '';
    const value = match ? trimValue(match[2] ?? '') : '';
    const key = match ? normalizeKey(label) : '';
    if (match && value !== '' && key !== '') {
      const offset = base + lineStart + (match.indices?.[2]?.[0] ?? 0);
      const source = sourceAt('header', locate, offset);
      fields.push({ label, key, value, text: plainText(value), offset, source, zone });
    }
    lineStart += line.length + 1;
  }
  return fields;
}

/** `📅 Last-Updated` → `last updated`. */
export function normalizeKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Inline Markdown to plain text, enough for one-line values: `[a](b)` → `a`, no `**` or backticks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Trailing spaces and a hard-break backslash are not part of a value. */
function trimValue(value: string): string {
  const trimmed = value.trimEnd();
  return trimmed.endsWith('\\') ? trimmed.slice(0, -1).trimEnd() : trimmed;
}
