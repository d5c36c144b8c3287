import type { Nodes } from 'mdast';
import { nodesOf, type NodeIndex } from '../load/visit.ts';
import type { SourceDoc } from '../load/source-doc.ts';

/** Options of {@link maskText}. */
export interface MaskOptions {
  /** Also blank out tables (they are read cell by cell instead). Default true. */
  tables?: boolean;
  /** Also blank out block quotes (someone else's words). Default true. */
  quotes?: boolean;
}

/**
 * The doc's text with everything that is not the author's own prose replaced
 * by spaces, line breaks kept: frontmatter, code blocks, inline code, HTML,
 * link targets, images, and by default tables and block quotes. Offsets in
 * the result are offsets in the file, so a match found in it can be reported
 * where it is. Rules are off inside code, and this is how they stay off.
 */
export function maskText(source: SourceDoc, nodes: NodeIndex, options: MaskOptions = {}): string {
  const { tables = true, quotes = true } = options;
  const { text } = source;
  const ranges: [number, number][] = [[0, source.bodyOffset]];
  const add = (node: Nodes, from?: number) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) ranges.push([from ?? start, end]);
  };
  // Masking is a union of ranges, so nodes inside masked ones may be added too.
  for (const type of BLANKED) for (const node of nodesOf(nodes, type)) add(node);
  if (tables) for (const node of nodesOf(nodes, 'table')) add(node);
  if (quotes) for (const node of nodesOf(nodes, 'blockquote')) add(node);
  for (const link of nodesOf(nodes, 'link')) {
    // Keep the link text, blank `](url)`.
    const last = link.children.at(-1)?.position?.end.offset;
    if (last !== undefined) add(link, last);
  }
  return blankRanges(text, ranges);
}

/** Node types that are never the author's prose. */
const BLANKED = ['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition'] as const;

const LINE_CONTENT = /[^\r\n]+/g;
const spaces = (run: string): string => ' '.repeat(run.length);

/**
 * `text` with every UTF-16 unit inside one of `ranges` (in any order, maybe
 * overlapping) replaced by a space, except line breaks. Built from slices
 * rather than an array of characters: this runs on every doc.
 */
function blankRanges(text: string, ranges: [number, number][]): string {
  ranges.sort((a, b) => a[0] - b[0]);
  let result = '';
  let at = 0;
  for (const [rangeStart, rangeEnd] of ranges) {
    const start = Math.max(rangeStart, at);
    const end = Math.min(rangeEnd, text.length);
    if (start >= end) continue;
    result += text.slice(at, start) + text.slice(start, end).replace(LINE_CONTENT, spaces);
    at = end;
  }
  return result + text.slice(at);
}

/** One line of a masked text, with the offset where it starts. */
export interface TextLine {
  text: string;
  offset: number;
  /** 1-based line number. */
  line: number;
}

/** Split a text into lines with their offsets; blank lines are kept. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let offset = 0;
  let line = 1;
  for (const part of text.split('\n')) {
    lines.push({ text: part.endsWith('\r') ? part.slice(0, -1) : part, offset, line });
    offset += part.length + 1;
    line += 1;
  }
  return lines;
}

/**
 * The lines of {@link maskText} with default options, computed once per doc
 * (`indexDoc`): body metrics, `date-in-future` and pending markers all read
 * them. Treat them as read-only.
 */
export function maskedLines(source: SourceDoc, nodes: NodeIndex): readonly TextLine[] {
  return splitLines(maskText(source, nodes));
}
