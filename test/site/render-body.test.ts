import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/site/render/render-body.ts';
import { isSafeUrl } from '../../src/site/render/sanitize-hast.ts';

describe('renderBody sanitizing', () => {
  const dirty = [
    '<details><summary>More</summary>',
    '',
    '**kept** <img src="a.png" alt="a" onerror="alert(1)"><br>',
    '<script>alert(1)</script>',
    '<iframe src="https://example.com"></iframe>',
    '<div onclick="alert(1)" style="position:fixed">div</div>',
    '',
    '</details>',
    '',
    '[js](javascript:alert(1)) <a href="JaVa&#x09;ScRiPt:alert(1)">entity</a> [ok](https://example.com)',
    '',
    '<svg><script>alert(1)</script></svg> <input type="text" value="x">',
  ].join('\n');

  it('drops scripts, iframes, event handlers and javascript: URLs', () => {
    const { html } = renderBody(dirty);
    expect(html).not.toMatch(/<script|<iframe|<svg|onerror|onclick|javascript:|position:fixed/i);
    expect(html).not.toContain('alert(1)');
    expect(html).not.toContain('type="text"');
  });

  it('keeps details, summary, img, br and formatting', () => {
    const { html } = renderBody(dirty);
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).toContain('<strong>kept</strong>');
    expect(html).toContain('<img src="a.png" alt="a">');
    expect(html).toContain('<br>');
    expect(html).toContain('<a href="https://example.com">ok</a>');
    expect(html).toContain('<a>js</a>');
  });

  it('keeps GFM output: task lists stay disabled, tables keep alignment, code keeps its language', () => {
    const { html } = renderBody('- [x] done\n\n| a |\n|--:|\n| 1 |\n\n```ts\nlet x;\n```\n');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="done"> done');
    expect(html).toContain('<td style="text-align: right">1</td>');
    expect(html).toContain('<code class="language-ts">');
  });

  it('names each task checkbox after its own text, and lets the keyboard reach code blocks', () => {
    const { html } = renderBody('- [ ] ship **the** `api`\n  - [x] nested\n\n```\nlong\n```\n');
    expect(html).toContain('<input type="checkbox" disabled aria-label="ship the api"> ship');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="nested"> nested');
    expect(html).toContain('<pre tabindex="0"><code>long');
  });

  it('keeps raw HTML as written when trusted', () => {
    const { html } = renderBody('<div onclick="go()">x</div>', { trustHtml: true });
    expect(html).toContain('onclick="go()"');
  });

  it.each([
    ['javascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['https://example.com', true],
    ['mailto:a@example.com', true],
    ['../plans/x.md#y', true],
    ['#top', true],
  ])('isSafeUrl(%j) is %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('renderBody headings', () => {
  it('gives headings the ids github-slugger gives them, repeats numbered', () => {
    const titles = ['Phase 1: Setup', 'Héllo Wörld & `code`', 'Notes', 'Notes', 'API — v2 (draft)'];
    const markdown = titles
      .map((title, index) => `${'#'.repeat(index === 0 ? 1 : 2)} ${title}\n`)
      .join('\n');
    const slugger = new GithubSlugger();
    const expected = [
      'Phase 1: Setup',
      'Héllo Wörld & code',
      'Notes',
      'Notes',
      'API — v2 (draft)',
    ].map((text) => slugger.slug(text));
    const { html, headings } = renderBody(markdown);
    expect(headings.map((heading) => heading.slug)).toEqual(expected);
    expect(expected).toEqual([
      'phase-1-setup',
      'héllo-wörld--code',
      'notes',
      'notes-1',
      'api--v2-draft',
    ]);
    for (const slug of expected) expect(html).toContain(`id="${slug}"`);
  });

  it('leaves out a leading h1 that repeats the title, keeping its id for the page', () => {
    const { html, headings, titleId } = renderBody('# My Doc\n\n## My Doc\n\nText\n', {
      title: 'My Doc',
    });
    expect(html).not.toContain('<h1');
    expect(titleId).toBe('my-doc');
    expect(headings).toEqual([{ depth: 2, slug: 'my-doc-1', text: 'My Doc' }]);
  });

  it('keeps a leading h1 that differs from the title', () => {
    const { html, titleId } = renderBody('# Something else\n', { title: 'My Doc' });
    expect(html).toContain('<h1 id="something-else">');
    expect(titleId).toBeNull();
  });
});
