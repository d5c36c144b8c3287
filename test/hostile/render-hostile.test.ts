import { readFileSync } from 'node:fs';
import type { Root, RootContent } from 'hast';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/core/load/parse-frontmatter.ts';
import { renderBody } from '../../src/site/render/render-body.ts';
import { HOSTILE_FIXTURE } from './hostile-corpus.ts';

/** One element of rendered HTML, as an HTML parser reads it back. */
interface ParsedElement {
  tagName: string;
  attributes: Record<string, string>;
}

/**
 * Parse HTML back into elements with the same HTML5 parser the renderer
 * uses, so that what is asserted is what a browser builds from the string,
 * not what the sanitizer meant to write.
 */
function parseHtml(html: string): ParsedElement[] {
  const elements: ParsedElement[] = [];
  const collect = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const attributes: Record<string, string> = {};
      for (const [key, value] of Object.entries(node.properties)) {
        attributes[key] = Array.isArray(value) ? value.join(' ') : String(value);
      }
      elements.push({ tagName: node.tagName, attributes });
      collect(node.children);
    }
  };
  const reader = defineHastPlugin({
    name: 'read-back',
    after(root: Root) {
      collect(root.children);
    },
  });
  markdownToHtml(html, {
    features: { gfm: false, rawHtml: true, frontmatter: false },
    hastPlugins: [reader],
  });
  return elements;
}

function renderFixture(name: string): string {
  const text = readFileSync(`${HOSTILE_FIXTURE}${name}`, 'utf8');
  const frontmatter = parseFrontmatter(text, { maxAliasCount: 100 });
  return renderBody(text.slice(frontmatter?.bodyOffset ?? 0)).html;
}

const HOSTILE = [
  'html-script.md',
  'html-iframe.md',
  'html-onerror.md',
  'svg-script.md',
  'urls-javascript-data.md',
  'yaml-proto-keys.md',
];

/** Elements the body may contain at all; everything else must have been dropped. */
const DANGEROUS_TAGS =
  /^(?:script|iframe|frame|object|embed|svg|math|style|link|meta|base|form|input|button|textarea|noscript|template)$/;

describe('rendered hostile docs (HTML level; the browser test proves it in Chromium)', () => {
  it.each(HOSTILE)('%s has no script, frame, event handler or unsafe URL', (name) => {
    const html = renderFixture(name);
    expect(html).not.toMatch(/<\s*(?:script|iframe|svg|object|embed)/i);
    for (const element of parseHtml(html)) {
      const where = `<${element.tagName}> in ${name}`;
      if (element.tagName === 'input') {
        expect(element.attributes, where).toEqual({ type: 'checkbox', disabled: 'true' });
      } else {
        expect(element.tagName, where).not.toMatch(DANGEROUS_TAGS);
      }
      for (const [key, value] of Object.entries(element.attributes)) {
        expect(key, where).not.toMatch(/^on/i);
        expect(key, where).not.toMatch(/^(?:style|srcdoc|action|formaction|xlinkHref)$/i);
        // Browsers skip whitespace and control characters inside a scheme.
        // eslint-disable-next-line no-control-regex -- those characters are the point
        const compact = value.replace(/[\u0000-\u0020\u007f]/g, '');
        expect(compact, `${where} ${key}`).not.toMatch(/^(?:javascript|vbscript|data):/i);
      }
    }
  });

  it('keeps the harmless content around what it drops', () => {
    expect(renderFixture('html-onerror.md')).toContain(
      '<details open><summary>Open</summary>x</details>',
    );
    expect(renderFixture('urls-javascript-data.md')).toContain('<li><a>click</a></li>');
  });

  it('can tell a dangerous page from a safe one, so the checks above mean something', () => {
    const elements = parseHtml(
      '<p><img src="x" onerror="alert(1)"><a href=" java\tscript:x">a</a></p>',
    );
    expect(elements.map((element) => element.tagName)).toEqual(['p', 'img', 'a']);
    expect(elements[1]?.attributes).toMatchObject({ onError: 'alert(1)' });
    expect(elements[2]?.attributes.href?.replace(/\s/g, '')).toBe('javascript:x');
  });
});
