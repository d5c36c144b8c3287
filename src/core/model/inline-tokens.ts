import type { PhrasingContent } from 'mdast';

/** A run of prose, or a doc path written as a link target or a backticked path. */
export type InlineToken =
  { kind: 'text'; value: string } | { kind: 'target'; target: string; offset: number };

// A relative path to a Markdown doc, with an optional `#fragment`; no URL scheme, no shell syntax.
const DOC_PATH = /^(?![a-z][a-z0-9+.-]*:|\/\/)[^\s`<>()[\]{}$*?|;&'"\\]+\.(?:md|markdown|mdx)$/i;

/**
 * Whether a link target or code span names a Markdown doc: `x.md`,
 * `../plans/x.md#phase-2`. Only such targets make relations; a link to an
 * image, a source file or a URL never does.
 */
export function isDocTarget(value: string): boolean {
  const hash = value.indexOf('#');
  const path = hash === -1 ? value : value.slice(0, hash);
  if (hash !== -1 && !/^#[\w-]*$/u.test(value.slice(hash))) return false;
  return DOC_PATH.test(path);
}

/**
 * Flatten a paragraph's inline content into prose and doc targets, in order.
 * Emphasis is read through (`**Superseded by**:` is prose); code spans that
 * are not doc paths, images and inline HTML become a neutral placeholder, so
 * a phrase never matches across them. `text` is the doc's text, for the
 * targets' offsets.
 */
export function inlineTokens(nodes: readonly PhrasingContent[], text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        tokens.push({ kind: 'text', value: node.value });
        break;
      case 'break':
        tokens.push({ kind: 'text', value: '\n' });
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        tokens.push(...inlineTokens(node.children, text));
        break;
      case 'link':
        if (isDocTarget(node.url)) {
          tokens.push({ kind: 'target', target: node.url, offset: urlOffset(node, text) });
        } else tokens.push(...inlineTokens(node.children, text));
        break;
      case 'inlineCode':
        if (isDocTarget(node.value)) {
          tokens.push({ kind: 'target', target: node.value, offset: codeOffset(node, text) });
        } else tokens.push({ kind: 'text', value: ' \u0000 ' });
        break;
      default:
        tokens.push({ kind: 'text', value: ' \u0000 ' });
    }
  }
  return tokens;
}

type Located = { position?: { start: { offset?: number }; end: { offset?: number } } };

/** The offset of a link's destination after `](`, else of the link itself. */
function urlOffset(node: Located & { url: string }, text: string): number {
  const start = node.position?.start.offset ?? 0;
  const slice = text.slice(start, node.position?.end.offset ?? start);
  const at = slice.lastIndexOf('](');
  if (at === -1) return start;
  let index = at + 2;
  while (index < slice.length && /[\s<]/.test(slice.charAt(index))) index++;
  return slice.startsWith(node.url, index) ? start + index : start;
}

/** The offset of a code span's value inside its backticks. */
function codeOffset(node: Located & { value: string }, text: string): number {
  const start = node.position?.start.offset ?? 0;
  const at = text.slice(start, node.position?.end.offset ?? start).indexOf(node.value);
  return at === -1 ? start : start + at;
}
