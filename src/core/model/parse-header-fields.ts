import type { Blockquote, List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ValueSource } from './doc.ts';
import { tableFields } from './header-table-fields.ts';
import { sourceAt, type Locator } from './locate.ts';
import { stripDecoration } from './strip-decoration.ts';

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

// `**Label**: value` or `**Label:** value`, at the start of a line (in a quote: after its `>`).
const FIELD = /^(?:[ \t]*>)*[ \t]*\*\*([^*\n]{1,60}?)(?::\*\*|\*\*[ \t]*:)[ \t]*(.*)$/d;
// What every field line starts with; a cheap test before the full pattern.
const FIELD_START = /^(?:[ \t]*>)*[ \t]*\*\*/;
// `Status: Done`, `Date: 2025-12-01` without bold: only these labels, and only in the head.
const PLAIN =
  /^(?:[ \t]*>)*[ \t]*((?:last |date |snapshot )?(?:status|date|created|updated|last updated|data|fecha|datum|状态|日期))[ \t]*[:：][ \t]*(.*)$/diu;
const PLAIN_START =
  /^(?:[ \t]*>)*[ \t]*(?:last |date |snapshot )?(?:status|date|created|updated|data|fecha|datum|状态|日期)/iu;
/** ` | **Date**: …`, ` · **Owner**: …`: another bold field on the same line. */
const NEXT_FIELD = /[ \t]+[|·•][ \t]+(?=\*\*[^*\n]{1,60}?(?::\*\*|\*\*[ \t]*:))/g;
/** Section headings whose first line is the field itself. */
const SECTION_KEYS: ReadonlySet<string> = new Set([
  'status',
  'current status',
  'overall status',
  'project status',
  'date',
]);
// Header lines are short; longer lines are prose, and skipping them bounds regex work.
const MAX_LINE = 1000;
// A real head or footer has a handful of fields; a wall of them is content, and bounding it keeps work linear.
const MAX_FIELDS = 100;

/**
 * Collect bold header lines from where docs keep their metadata: top-level
 * paragraphs before the first heading of depth 2 or more, or the second H1
 * (the doc's head), with quotes (`> **Status**: …`), list items and a
 * two-column or one-row table there while no prose came before them; the
 * paragraphs right under a first `##` named like a summary (`##
 * Executive Summary` then `**Status**: …`), up to the next heading; the
 * first line under a `## Status` or `## Date` heading; and top-level
 * paragraphs after the last top-level thematic break when no heading
 * follows it (a `---` then `**Last Updated**: …` footer). In the head,
 * `Status:` and `Date:` lines count without bold too. Lines in sections are
 * not read: `**Status**: TODO` under `### Task 3` is the task's status, not
 * the doc's, and reading it would make rules cry wolf. Fields are in
 * document order; empty values are skipped.
 */
export function parseHeaderFields(tree: Root, text: string, locate: Locator): HeaderField[] {
  const fields: HeaderField[] = [];
  const read = (node: RootContent, zone: HeaderZone, plain: boolean) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return [];
    return parseLines(text.slice(start, end), start, zone, locate, plain);
  };
  let prose = false;
  for (const [node, zone] of headerZones(tree.children)) {
    if (node.type === 'paragraph') {
      const found = read(node, zone, zone === 'head');
      if (found.length === 0 && zone === 'head') prose = true;
      fields.push(...found);
    } else if (zone === 'head' && !prose && (node.type === 'blockquote' || node.type === 'list')) {
      for (const paragraph of leadingParagraphs(node)) fields.push(...read(paragraph, zone, true));
    } else if (zone === 'head' && !prose && node.type === 'table') {
      fields.push(...tableFields(node, text, locate));
    } else if (zone === 'head' && node.type !== 'heading' && node.type !== 'html') {
      prose = true;
    }
    if (fields.length >= MAX_FIELDS) return fields.slice(0, MAX_FIELDS);
  }
  fields.push(...sectionFields(tree.children, text, locate));
  return fields.slice(0, MAX_FIELDS);
}

/** The paragraphs of a quote, or the first paragraph of each item of a list. */
function leadingParagraphs(node: Blockquote | List): Paragraph[] {
  if (node.type === 'blockquote') {
    return node.children.filter((child): child is Paragraph => child.type === 'paragraph');
  }
  return node.children.flatMap((item) =>
    item.children[0]?.type === 'paragraph' ? [item.children[0]] : [],
  );
}

/**
 * `## Status` then `In progress, waiting on review`: the first line of a
 * section named for a field, as that field (first such section only).
 */
function sectionFields(
  children: readonly RootContent[],
  text: string,
  locate: Locator,
): HeaderField[] {
  const fields: HeaderField[] = [];
  const seen = new Set<string>();
  children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth < 2) return;
    const label = stripDecoration(toString(node));
    const key = normalizeKey(label);
    const next = children[index + 1];
    if (!SECTION_KEYS.has(key) || seen.has(key) || next?.type !== 'paragraph') return;
    seen.add(key);
    const start = next.position?.start.offset;
    if (start === undefined) return;
    const line = text.slice(
      start,
      text.indexOf('\n', start) === -1 ? undefined : text.indexOf('\n', start),
    );
    // A `**Status**: …` line there is read as a field of its own.
    if (FIELD_START.test(line)) return;
    const value = trimValue(line);
    if (value === '' || value.length > MAX_LINE) return;
    const source = sourceAt('header', locate, start);
    fields.push({
      label,
      key,
      value,
      text: plainText(value),
      offset: start,
      source,
      zone: 'summary',
    });
  });
  return fields;
}

/** The top-level nodes of the head, summary and foot, each tagged with its zone. */
function headerZones(children: readonly RootContent[]): [RootContent, HeaderZone][] {
  // A second H1 starts a section too, in docs that use `#` for every section.
  let h1s = 0;
  // A heading right under the H1 is its subtitle (`# Phase 2` then `## Parser
  // and rules engine`), and the header lines below it are still the head.
  const isSubtitle = (index: number) => {
    const before = children[index - 1];
    const node = children[index];
    if (!node || SUMMARY_HEADING.test(toString(node))) return false;
    return before?.type === 'heading' && before.depth === 1;
  };
  const isSection = (node: RootContent, index: number) =>
    node.type === 'heading' && !(index > 0 && isSubtitle(index)) && (node.depth >= 2 || ++h1s > 1);
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
  zones.push(
    ...footZone(children, headEnd).map((node): [RootContent, HeaderZone] => [node, 'foot']),
  );
  return zones;
}

/**
 * The footer: what follows the last thematic break when no heading does, or
 * else a block fenced by the last two breaks with no heading in it (a `---`,
 * `**Created**: …`, `---`, then a closing section).
 */
function footZone(children: readonly RootContent[], headEnd: number): RootContent[] {
  const breaks = children.flatMap((node, index) => (node.type === 'thematicBreak' ? [index] : []));
  const last = breaks.at(-1);
  if (last === undefined || last < headEnd) return [];
  const hasHeading = (nodes: readonly RootContent[]) =>
    nodes.some((node) => node.type === 'heading');
  const after = children.slice(last + 1);
  if (!hasHeading(after)) return after;
  const before = breaks.at(-2);
  if (before === undefined || before < headEnd) return [];
  const fenced = children.slice(before + 1, last);
  return hasHeading(fenced) ? [] : fenced;
}

function parseLines(
  paragraph: string,
  base: number,
  zone: HeaderZone,
  locate: Locator,
  plain = false,
): HeaderField[] {
  const fields: HeaderField[] = [];
  let lineStart = 0;
  for (const line of paragraph.split('\n', MAX_FIELDS * 10)) {
    if (fields.length >= MAX_FIELDS) break;
    const bare = line.replace(/\r$/, '');
    const bold = line.length <= MAX_LINE && FIELD_START.test(line);
    for (const part of bold ? splitFields(bare) : [{ text: bare, at: 0 }]) {
      const match =
        line.length > MAX_LINE
          ? null
          : bold
            ? FIELD.exec(part.text)
            : plain && PLAIN_START.test(line)
              ? plainField(bare)
              : null;
      const label = match?.[1]?.replace(/:\s*$/, '').trim() ?? '';
      const value = match ? trimValue(match[2] ?? '') : '';
      const key = match ? normalizeKey(label) : '';
      if (match && value !== '' && key !== '') {
        const offset = base + lineStart + part.at + (match.indices?.[2]?.[0] ?? 0);
        const source = sourceAt('header', locate, offset);
        fields.push({ label, key, value, text: plainText(value), offset, source, zone });
      }
    }
    lineStart += line.length + 1;
  }
  return fields;
}

/**
 * A bold header line cut before each further bold field it holds
 * (`**Status:** Done | **Date:** 2025-12-08`), each part with its offset.
 */
function splitFields(line: string): { text: string; at: number }[] {
  const starts = [0, ...[...line.matchAll(NEXT_FIELD)].map((m) => m.index + m[0].length)];
  const cuts = [...[...line.matchAll(NEXT_FIELD)].map((m) => m.index), line.length];
  return starts.map((at, index) => ({ text: line.slice(at, cuts[index]), at }));
}

/** {@link PLAIN} as the same groups {@link FIELD} has. */
function plainField(line: string): RegExpExecArray | null {
  return PLAIN.exec(line);
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
export function trimValue(value: string): string {
  const trimmed = value.trimEnd();
  return trimmed.endsWith('\\') ? trimmed.slice(0, -1).trimEnd() : trimmed;
}
