import { visit } from '../load/visit.ts';
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
export function maskText(source: SourceDoc, options: MaskOptions = {}): string {
  const { tables = true, quotes = true } = options;
  const { text, tree } = source;
  const ranges: [number, number][] = [[0, source.frontmatter?.bodyOffset ?? 0]];
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const type = node.type;
    if (
      type === 'code' ||
      type === 'inlineCode' ||
      type === 'html' ||
      type === 'image' ||
      type === 'imageReference' ||
      type === 'definition' ||
      (tables && type === 'table') ||
      (quotes && type === 'blockquote')
    ) {
      ranges.push([start, end]);
      return 'skip';
    }
    if (type === 'link' && 'children' in node) {
      // Keep the link text, blank `](url)`.
      const last = node.children.at(-1)?.position?.end.offset;
      if (last !== undefined) ranges.push([last, end]);
    }
    return undefined;
  });
  const chars = text.split('');
  for (const [start, end] of ranges) {
    for (let i = start; i < end && i < chars.length; i++) {
      if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    }
  }
  return chars.join('');
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
    lines.push({ text: part.replace(/\r$/, ''), offset, line });
    offset += part.length + 1;
    line += 1;
  }
  return lines;
}
