import type { ElementContent, Properties, Root, RootContent } from 'hast';
import { defineHastPlugin, markdownToHtml } from 'satteri';

/** Elements written as a single tag: children they are given never reach the output. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** hast property names whose HTML attribute is not simply the same name. */
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  className: 'class',
  colSpan: 'colspan',
  dateTime: 'datetime',
  rowSpan: 'rowspan',
  tabIndex: 'tabindex',
};

/** `data*` properties are dash-cased: `dataFootnoteRef` is `data-footnote-ref`. */
const DATA = /^data[A-Z]/;

/** `aria*` properties are lowercased: `ariaDescribedBy` is `aria-describedby`. */
const ARIA = /^aria[A-Z]/;

function attributeName(property: string): string {
  const known = ATTRIBUTE_NAMES[property];
  if (known !== undefined) return known;
  if (ARIA.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  if (DATA.test(property)) return property.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
  return property;
}

/** Body text: satteri escapes `&`, `<` and `>`. */
function escapeText(value: string): string {
  // Most text has nothing to escape; skipping the replace keeps the common case cheap.
  if (!/[&<>]/.test(value)) return value;
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Double-quoted attribute values: satteri escapes `&`, `"`, `'` and `` ` ``. */
function escapeAttribute(value: string): string {
  if (!/[&"'`]/.test(value)) return value;
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')
    .replaceAll('`', '&#x60;');
}

/** Property values as satteri encodes a plain tree: lists space-joined (strings only), numbers as `String`. */
function attributes(properties: Properties): string {
  let out = '';
  for (const key in properties) {
    const value = properties[key];
    if (value === true) out += ` ${attributeName(key)}`;
    else if (typeof value === 'string' || typeof value === 'number') {
      out += ` ${attributeName(key)}="${escapeAttribute(String(value))}"`;
    } else if (Array.isArray(value)) {
      const list = value.filter((item) => typeof item === 'string').join(' ');
      out += ` ${attributeName(key)}="${escapeAttribute(list)}"`;
    }
  }
  return out;
}

function serializeNodes(nodes: readonly (RootContent | ElementContent)[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += escapeText(node.value);
    } else if (node.type === 'element') {
      out += `<${node.tagName}${attributes(node.properties)}>`;
      if (!VOID.has(node.tagName)) out += `${serializeNodes(node.children)}</${node.tagName}>`;
    }
    // Nothing else survives sanitizing; dropping what is left can never add markup.
  }
  return out;
}

/**
 * Write a sanitized hast tree (what `sanitizeHast` returns, after the
 * render steps) as HTML, byte for byte as satteri's renderer writes it —
 * in plain JavaScript, because handing a tree back to satteri to render
 * costs more than rendering the Markdown did. Only elements and text are
 * written: comments, raw HTML and doctypes never survive sanitizing, and
 * `<script>`/`<style>` (whose text satteri leaves unescaped) and SVG (with
 * its own attribute names) are dropped by it too, so they need no rules here.
 * Any other tree goes through {@link serializeHastWithSatteri}.
 */
export function serializeHast(root: Root): string {
  const html = serializeNodes(root.children);
  return html === '' || html.endsWith('\n') ? html : `${html}\n`;
}

/**
 * Write any hast tree (trusted raw HTML: scripts, SVG, comments) as HTML
 * with satteri's own renderer, by handing the tree to satteri as the new
 * root of an empty document.
 */
export function serializeHastWithSatteri(root: Root): string {
  const replaceRoot = defineHastPlugin({
    name: 'statusdocs-serialize',
    after(empty, ctx) {
      ctx.replaceNode(empty, root);
    },
  });
  return markdownToHtml('', { hastPlugins: [replaceRoot] }).html;
}
