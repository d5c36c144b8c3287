import type { Definition, Html, Image, InlineCode, Link, Root, Text } from 'mdast';
import type { Position } from 'unist';
import { visit } from '../load/visit.ts';
import { looksLikePath } from './looks-like-path.ts';
import { referenceContext, type ReferenceContext } from './reference-context.ts';

/** How a reference is written; `bare` is a repository path in plain prose (`docs/x.md`). */
export type ReferenceKind = 'link' | 'image' | 'definition' | 'html' | 'code' | 'bare';

/** One reference from a doc to a file, a heading, or an external URL. */
export interface Reference {
  kind: ReferenceKind;
  /** The target as written: a path, `path#fragment`, `#fragment` or a URL. */
  url: string;
  /** Whether the target is an external URL (`https:`, `mailto:`, `//host`); checked only with `--external`. */
  external: boolean;
  /** The whole node (link, image, definition, code span, HTML tag); positions in the whole file. */
  position: Position;
  /** Offsets of the target text itself, when found exactly; fixes rewrite this range. */
  range?: { start: number; end: number };
  /** What its sentence says about the path: one to create or the old side of a move, or a record of a missing file. */
  context?: ReferenceContext;
  /** Whether it sits in a table row (a move record's old and new columns). */
  inTable?: boolean;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
// Placeholders of templates and dashboards (`[$x]($style)`, `{{ url }}`) are not links.
const TEMPLATE = /^\$|\$\{|\{\{|\{%/;
const HTML_TARGET = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * Every reference in one doc, in document order: links, images, definitions
 * of reference-style links (the `[text][id]` uses share their definition's
 * target, so the definition is the one place to check and fix), `href` and
 * `src` in HTML, and code spans that look like paths (`` `plans/x.md` ``).
 * Code blocks are separate nodes in mdast, so nothing inside them counts.
 */
export function collectReferences(tree: Root, text: string): Reference[] {
  const references: Reference[] = [];
  // A code span in a link's text (`` [`x.md`](../x.md) ``) names the link's target: one reference.
  const linkTexts = new WeakSet<InlineCode | Text>();
  visit(tree, (node) => {
    switch (node.type) {
      case 'link':
      case 'image':
        if (node.type === 'link') {
          for (const child of node.children) {
            if (child.type === 'inlineCode' || child.type === 'text') linkTexts.add(child);
          }
        }
        add(
          references,
          node,
          node.type,
          node.url,
          locateDestination(node, text, '](', node.url),
          text,
        );
        break;
      case 'definition':
        add(
          references,
          node,
          'definition',
          node.url,
          locateDestination(node, text, ']:', node.url),
        );
        break;
      case 'inlineCode':
        if (!linkTexts.has(node) && looksLikePath(node.value)) {
          add(references, node, 'code', node.value, locateInside(node, text, node.value), text);
        }
        break;
      case 'html':
        addHtml(references, node);
        break;
      case 'text':
        if (!linkTexts.has(node)) addBare(references, node, text);
        break;
      default:
        break;
    }
  });
  return references;
}

type Located = Link | Image | Definition | InlineCode | Html | Text;

function add(
  references: Reference[],
  node: Located,
  kind: ReferenceKind,
  url: string,
  range: Reference['range'],
  text?: string,
): void {
  const trimmed = url.trim();
  if (!node.position || trimmed === '' || TEMPLATE.test(trimmed)) return;
  const reference: Reference = {
    kind,
    url: trimmed,
    external: EXTERNAL.test(trimmed),
    position: node.position,
  };
  if (range) reference.range = range;
  const offset = node.position.start.offset;
  if (text !== undefined && offset !== undefined) {
    const context = referenceContext(text, offset);
    if (context) reference.context = context;
    if (/^[ \t]*\|/.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset))) {
      reference.inTable = true;
    }
  }
  references.push(reference);
}

function addHtml(references: Reference[], node: Html): void {
  const start = node.position?.start.offset;
  if (start === undefined) return;
  // Blank out comments, keeping offsets, so commented-out tags do not count.
  const value = node.value.replace(HTML_COMMENT, (comment) => ' '.repeat(comment.length));
  for (const match of value.matchAll(HTML_TARGET)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    // A numeric character reference (`&#14;javascript:`) hides what the URL
    // really is; it names no file, and the site's sanitizer judges it.
    if (/&#/.test(url)) continue;
    const offset = start + match.index + match[0].length - url.length - (match[3] ? 0 : 1);
    add(references, node, 'html', url, { start: offset, end: offset + url.length });
  }
}

// A repository path in plain prose: folders and a `.md` name, not part of a URL or a longer word.
const BARE_PATH =
  /(?<![\p{L}\p{N}_./:@~\\-])(?:\.{1,2}\/)*(?:[\p{L}\p{N}_.-]+\/)+[\p{L}\p{N}_.-]+\.md(?![\p{L}\p{N}_/-])/gu;

/** Paths written in plain prose (`see docs/plans/x.md`), where the source has them verbatim. */
function addBare(references: Reference[], node: Text, text: string): void {
  const start = node.position?.start.offset;
  if (start === undefined || !node.value.includes('.md')) return;
  for (const match of node.value.matchAll(BARE_PATH)) {
    const offset = start + match.index;
    if (text.slice(offset, offset + match[0].length) !== match[0]) continue;
    const position = {
      start: pointAt(node, text, offset),
      end: pointAt(node, text, offset + match[0].length),
    };
    const range = { start: offset, end: offset + match[0].length };
    add(references, { ...node, position }, 'bare', match[0], range, text);
  }
}

/** The line and column of an offset inside a text node that starts on a known line. */
function pointAt(
  node: Text,
  text: string,
  offset: number,
): { line: number; column: number; offset: number } {
  const nodeStart = node.position?.start ?? { line: 1, column: 1, offset: 0 };
  const before = text.slice(nodeStart.offset ?? 0, offset);
  const newlines = before.split('\n').length - 1;
  const column =
    newlines === 0 ? nodeStart.column + before.length : before.length - before.lastIndexOf('\n');
  return { line: nodeStart.line + newlines, column, offset };
}

/** The offsets of a link's or definition's destination, after `](` or `]:`. */
function locateDestination(
  node: Located,
  text: string,
  marker: string,
  url: string,
): Reference['range'] {
  const { start, end } = offsetsOf(node);
  if (start === undefined || end === undefined) return undefined;
  const slice = text.slice(start, end);
  const at = slice.lastIndexOf(marker);
  if (at === -1) return undefined;
  let index = at + marker.length;
  while (index < slice.length && /[\s<]/.test(slice.charAt(index))) index++;
  return slice.startsWith(url, index)
    ? { start: start + index, end: start + index + url.length }
    : undefined;
}

/** The offsets of a code span's value inside its backticks. */
function locateInside(node: Located, text: string, value: string): Reference['range'] {
  const { start, end } = offsetsOf(node);
  if (start === undefined || end === undefined) return undefined;
  const index = text.slice(start, end).indexOf(value);
  return index === -1 ? undefined : { start: start + index, end: start + index + value.length };
}

function offsetsOf(node: Located): { start?: number; end?: number } {
  return { start: node.position?.start.offset, end: node.position?.end.offset };
}
