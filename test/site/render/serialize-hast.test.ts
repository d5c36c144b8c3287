import { readFileSync } from 'node:fs';
import type { Element, Properties, Root } from 'hast';
import { markdownToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/core/load/parse-frontmatter.ts';
import { addA11yAttributes } from '../../../src/site/render/add-a11y-attributes.ts';
import { addHeadingIds } from '../../../src/site/render/add-heading-ids.ts';
import { sanitizeHast } from '../../../src/site/render/sanitize-hast.ts';
import {
  serializeHast,
  serializeHastWithSatteri,
} from '../../../src/site/render/serialize-hast.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

function element(
  tagName: string,
  properties: Properties,
  children: Element['children'] = [],
): Root {
  return { type: 'root', children: [{ type: 'element', tagName, properties, children }] };
}

/** A fixture's body as the site renders it, up to the HTML: parsed, sanitized, ids and labels added. */
function sanitizedTree(fixture: string): Root {
  const text = readFileSync(new URL(fixture, FIXTURES), 'utf8');
  const body = text.slice(parseFrontmatter(text, { maxAliasCount: 100 })?.bodyOffset ?? 0);
  const parsed = markdownToHast(body, {
    features: { gfm: true, rawHtml: true, frontmatter: false },
    position: false,
  }) as Root;
  const tree = sanitizeHast(parsed);
  addHeadingIds(tree);
  addA11yAttributes(tree);
  return tree;
}

describe('serializeHast', () => {
  it('escapes text and attribute values the way satteri does', () => {
    const tree = element('p', { title: `a&b"c'd\`e<f>` }, [
      { type: 'text', value: `a & b < c > d "e" 'f' \`g\`` },
    ]);
    expect(serializeHast(tree)).toBe(
      '<p title="a&amp;b&quot;c&#x27;d&#x60;e<f>">a &amp; b &lt; c &gt; d "e" \'f\' `g`</p>\n',
    );
  });

  it('writes void elements as one tag, booleans bare, lists space-joined and numbers as written by String', () => {
    const tree = element('ol', { start: 7, reversed: true, className: ['a', 'b'] }, [
      { type: 'element', tagName: 'col', properties: { span: 2.5 }, children: [] },
      { type: 'element', tagName: 'br', properties: { checked: false }, children: [] },
      {
        type: 'element',
        tagName: 'input',
        properties: { type: 'checkbox', checked: true, disabled: true },
        children: [],
      },
    ]);
    expect(serializeHast(tree)).toBe(
      '<ol start="7" reversed class="a b"><col span="2.5"><br><input type="checkbox" checked disabled></ol>\n',
    );
  });

  it('leaves out comments, raw HTML and doctypes, which never survive sanitizing', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'doctype' },
        { type: 'comment', value: 'c' },
        { type: 'raw', value: '<script>x</script>' },
        { type: 'text', value: 't' },
      ],
    };
    expect(serializeHast(tree)).toBe('t\n');
    expect(serializeHast({ type: 'root', children: [] })).toBe('');
  });

  it.each([
    'id',
    'title',
    'lang',
    'dir',
    'ariaLabel',
    'ariaHidden',
    'ariaDescribedBy',
    'dataFootnoteRef',
    'dataFootnoteBackref',
    'dataFootnotes',
    'className',
    'href',
    'src',
    'alt',
    'cite',
    'dateTime',
    'colSpan',
    'rowSpan',
    'scope',
    'style',
    'span',
    'start',
    'reversed',
    'type',
    'checked',
    'disabled',
    'open',
    'value',
    'width',
    'height',
    'loading',
    'tabIndex',
  ])('names the property %s as satteri does', (property) => {
    for (const value of ['x y', 3, true, ['p', 'q']]) {
      const tree = element('span', { [property]: value });
      expect(serializeHast(tree)).toBe(serializeHastWithSatteri(tree));
    }
  });

  it.each(['markdown-constructs/doc.md', 'hostile-html/payloads.md', 'hostile/svg-script.md'])(
    'writes the sanitized %s byte for byte as satteri does',
    (fixture) => {
      const tree = sanitizedTree(fixture);
      const html = serializeHast(tree);
      expect(html).toBe(serializeHastWithSatteri(tree));
    },
  );
});
