import type { Root } from 'mdast';

/** Where a file nests deeper than allowed: how deep, and the text offset where it got there. */
export interface DeepNesting {
  depth: number;
  offset: number;
}

/** Default of `limits.maxDepth`: far beyond any real doc, far below what breaks a parser. */
export const DEFAULT_MAX_DEPTH = 200;

/** What is open in the current paragraph (or table cell) and in the HTML. */
interface InlineState {
  brackets: number;
  tags: number;
  delimiters: Map<string, number>;
}

/** Elements that are never closed (void) or usually left open (`<p>`, `<li>`), so they do not nest. */
const NON_NESTING_TAGS =
  /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|tr|td|th|option)$/i;
// A tag name ends at a space, `/` or `>`: `<https://x>` and `<a@b.c>` are autolinks, not tags.
const TAG = /<(\/?)([a-zA-Z][\w-]*)(?:[\s/][^<>]*?)?(\/?)>/y;
// With `\n`, which ends every line, so a search never runs past its line.
const SIGNIFICANT = /[\\[\]*_~<`\n]/g;
const BACKTICKS = /`+/y;
const CONTAINER_MARKER = /^(?:>|[-*+](?=[ \t\r]|$)|\d{1,9}[.)](?=[ \t\r]|$))/;
const FENCE = /^(`{3,}|~{3,})/;
const TABLE_DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?$/;

/**
 * A cheap upper estimate, before parsing, of how deep a Markdown body nests:
 * block quote and list markers opening a line, plus `[`, emphasis and
 * strikethrough delimiters left open in the paragraph, plus unclosed HTML
 * tags. Returns the first place where the estimate passes `maxDepth`, or
 * undefined. Why: satteri takes quadratic time on deep nesting, and near
 * 250,000 levels (a 1 MB file of `*`) it overflows its native stack and
 * kills the process, beyond any `try`; nothing that deep may reach it.
 * Fenced code is skipped; anything else it misreads only raises the estimate.
 */
export function findDeepMarkdown(
  text: string,
  start: number,
  maxDepth: number,
): DeepNesting | undefined {
  const state: InlineState = { brackets: 0, tags: 0, delimiters: new Map() };
  let fence = '';
  let inTable = false;
  for (let lineStart = start; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let at = lineStart;
    let markers = 0;
    let listItem = false;
    for (let marker = markerAt(text, at, lineEnd); marker; marker = markerAt(text, at, lineEnd)) {
      markers++;
      listItem ||= text.slice(at, marker).trim() !== '>';
      at = marker;
      if (markers > maxDepth) return { depth: markers, offset: at };
    }
    // A list item starts a paragraph of its own: a list's length is not its depth.
    if (listItem) endParagraph(state);
    const rest = text.slice(at, lineEnd);
    const fenceMatch = FENCE.exec(rest);
    if (fence !== '') {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = '';
    } else if (fenceMatch) {
      fence = fenceMatch[1] ?? '';
    } else if (rest.trim() === '') {
      endParagraph(state);
      inTable = false;
    } else {
      const deep = scanInline(text, at, lineEnd, markers, maxDepth, state);
      if (deep) return deep;
      // Table cells and headings are one line: what they left open ends there.
      if (TABLE_DELIMITER_ROW.test(rest)) inTable = true;
      else if (inTable && !rest.includes('|')) inTable = false;
      if (inTable || rest.startsWith('#')) endParagraph(state);
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** The offset after a block quote or list marker at `at` (after indentation), or 0 when none. */
function markerAt(text: string, at: number, lineEnd: number): number {
  let index = at;
  while (text[index] === ' ' || text[index] === '\t') index++;
  const marker = CONTAINER_MARKER.exec(text.slice(index, Math.min(index + 11, lineEnd)));
  return marker ? index + marker[0].length : 0;
}

function endParagraph(state: InlineState): void {
  state.brackets = 0;
  state.delimiters.clear();
}

/** Count what opens and closes on one line; the first place deeper than `maxDepth`, if any. */
function scanInline(
  text: string,
  from: number,
  to: number,
  markers: number,
  maxDepth: number,
  state: InlineState,
): DeepNesting | undefined {
  for (let index = from; index < to; index++) {
    // Jump to the next character that opens or closes anything; the rest change nothing.
    SIGNIFICANT.lastIndex = index;
    const next = SIGNIFICANT.exec(text);
    if (!next || next.index >= to) break;
    index = next.index;
    const char = next[0];
    if (char === '\\') {
      index++;
      continue;
    } else if (char === '`') {
      // A code span holds no markup: jump past its closing run, if the line has one.
      BACKTICKS.lastIndex = index;
      const run = BACKTICKS.exec(text)?.[0] ?? '`';
      const close = findClosingRun(text, run, index + run.length, to);
      index = (close < 0 ? index + run.length : close + run.length) - 1;
      continue;
    } else if (char === '[') {
      state.brackets++;
    } else if (char === ']') {
      state.brackets = Math.max(0, state.brackets - 1);
    } else if (char === '*' || char === '_' || char === '~') {
      let run = 1;
      while (text[index + run] === char) run++;
      const canOpen = index + run < to && !/\s/.test(text[index + run] ?? ' ');
      const canClose = index > from && !/\s/.test(text[index - 1] ?? ' ');
      const open = state.delimiters.get(char) ?? 0;
      if (canClose && (!canOpen || open > 0)) state.delimiters.set(char, Math.max(0, open - run));
      else if (canOpen) state.delimiters.set(char, open + run);
      index += run - 1;
    } else if (char === '<') {
      TAG.lastIndex = index;
      const tag = TAG.exec(text);
      if (!tag || tag.index + tag[0].length > to) continue;
      if (NON_NESTING_TAGS.test(tag[2] ?? '') || tag[3] === '/') continue;
      state.tags = tag[1] === '/' ? Math.max(0, state.tags - 1) : state.tags + 1;
    } else {
      continue;
    }
    let depth = markers + state.brackets + state.tags;
    for (const open of state.delimiters.values()) depth += open;
    if (depth > maxDepth) return { depth, offset: index };
  }
  return undefined;
}

/** Where the run of exactly `run` backticks closing a code span starts before `to`, or -1. */
function findClosingRun(text: string, run: string, from: number, to: number): number {
  // Searched within the line only, so a line without a closing run costs its own length.
  const line = text.slice(from, to);
  for (let at = line.indexOf(run); at >= 0; at = line.indexOf(run, at + 1)) {
    if (line[at - 1] !== '`' && line[at + run.length] !== '`') return from + at;
  }
  return -1;
}

/**
 * The first node of a parsed tree deeper than `maxDepth`, found without
 * recursion, so a deep tree cannot overflow the stack here. Every walker
 * after this one (rules, links, metrics) recurses and relies on it.
 */
export function findDeepTree(tree: Root, maxDepth: number): DeepNesting | undefined {
  type Item = { node: { children?: unknown[]; position?: Root['position'] }; depth: number };
  const stack: Item[] = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.depth > maxDepth) {
      return { depth: item.depth, offset: item.node.position?.start.offset ?? 0 };
    }
    for (const child of item.node.children ?? []) {
      stack.push({ node: child as Item['node'], depth: item.depth + 1 });
    }
  }
  return undefined;
}
