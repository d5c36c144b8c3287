import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

/**
 * Elements dropped together with everything inside them: they run code,
 * embed other documents, or take input.
 */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'form',
  'button',
  'textarea',
  'select',
  'option',
  'svg',
  'math',
  'title',
  'meta',
  'link',
  'base',
  'head',
  'audio',
  'video',
  'canvas',
  'portal',
  'dialog',
]);

/** Global attributes (hast property names) allowed on every kept element. */
const GLOBAL_PROPERTIES = new Set(['id', 'title', 'lang', 'dir', 'ariaLabel', 'ariaHidden']);

/** Elements kept, with the attributes each may carry besides the global ones. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  dd: [],
  del: ['cite', 'dateTime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  input: ['type', 'checked', 'disabled'],
  ins: ['cite', 'dateTime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  section: ['dataFootnotes'],
  small: [],
  span: [],
  strike: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colSpan', 'rowSpan', 'style'],
  tfoot: [],
  th: ['colSpan', 'rowSpan', 'scope', 'style'],
  thead: [],
  time: ['dateTime'],
  tr: [],
  tt: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Attributes holding a URL, checked against {@link isSafeUrl}. */
const URL_PROPERTIES = new Set(['href', 'src', 'cite']);

/** Class names the Markdown renderer itself emits (task lists, footnotes, code languages). */
const SAFE_CLASS =
  /^(?:contains-task-list|task-list-item|footnotes|sr-only|data-footnote-backref|language-[\w+#.-]+)$/;

/** The only inline style kept: GFM table column alignment. */
const SAFE_STYLE = /^text-align:\s*(?:left|center|right);?$/;

/**
 * Strip a rendered doc down to safe HTML with an allow-list: known
 * formatting elements (including `<details>`, `<summary>`, `<img>`, `<br>`)
 * and their harmless attributes stay; `<script>`, `<iframe>`, forms, SVG and
 * the like go with their content; unknown elements are unwrapped; event
 * handlers, inline styles and `javascript:`/`data:` URLs are dropped.
 * Comments and raw HTML never survive. Returns a new tree.
 *
 * `id`s are kept as written, without GitHub's `user-content-` prefix: the
 * site runs no script that DOM clobbering could fool, and heading anchors
 * must match the slugs the link checker validates.
 */
export function sanitizeHast(root: Root): Root {
  return { type: 'root', children: sanitizeChildren(root.children) };
}

function sanitizeChildren(children: readonly RootContent[]): ElementContent[] {
  // A loop filling one array, not `flatMap`: this runs once per node of every doc.
  const kept: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      kept.push(child);
      continue;
    }
    if (child.type !== 'element') continue;
    const tagName = child.tagName.toLowerCase();
    if (DROP_WITH_CONTENT.has(tagName)) continue;
    const inner = sanitizeChildren(child.children);
    // Own keys only: a tag named `constructor` must not find `Object`'s.
    const allowed = Object.hasOwn(ALLOWED, tagName) ? ALLOWED[tagName] : undefined;
    if (!allowed) {
      for (const node of inner) kept.push(node);
      continue;
    }
    if (tagName === 'input' && child.properties.type !== 'checkbox') continue;
    const element: Element = {
      type: 'element',
      tagName,
      properties: sanitizeProperties(child.properties, allowed),
      children: inner,
    };
    // A task list checkbox must never become an enabled form control.
    if (tagName === 'input') element.properties.disabled = true;
    kept.push(element);
  }
  return kept;
}

function sanitizeProperties(properties: Properties, allowed: readonly string[]): Properties {
  const result: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    if (key === 'className') {
      const names = (Array.isArray(value) ? value : String(value).split(/\s+/))
        .map(String)
        .filter((name) => SAFE_CLASS.test(name));
      if (names.length > 0) result.className = names;
      continue;
    }
    if (!GLOBAL_PROPERTIES.has(key) && !allowed.includes(key)) continue;
    if (URL_PROPERTIES.has(key) && !isSafeUrl(String(value))) continue;
    if (key === 'style' && !SAFE_STYLE.test(String(value).trim())) continue;
    result[key] = value;
  }
  return result;
}

/**
 * Whether a URL may appear in a link or image: relative URLs, fragments and
 * `http`, `https`, `mailto` and `tel` only. Whitespace and control
 * characters, which browsers ignore inside a scheme, are removed first, so
 * `java\tscript:` is caught too.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(compact);
  if (!scheme) return true;
  return ['http', 'https', 'mailto', 'tel'].includes((scheme[1] ?? '').toLowerCase());
}
