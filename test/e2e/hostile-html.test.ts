import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/site/render/render-body.ts';
import { skipBrowserTests } from './harness/browser.ts';
import { repoRoot } from './harness/build-site.ts';
import { clickEverything, pwnedFlag, pwnedLog, recordPwned, settle } from './harness/injection.ts';
import { useSite } from './harness/use-site.ts';

const fixture = 'test/fixtures/hostile-html';

describe.skipIf(skipBrowserTests())('HTML injected through docs, in Chromium', () => {
  const site = useSite({ content: fixture });

  for (const pathname of ['/', '/docs/', '/docs/status/', '/docs/payloads/']) {
    it(`runs no payload on ${pathname}`, async () => {
      const { page, problems } = await site().open(pathname, { initScript: recordPwned });
      expect(await pwnedFlag(page)).toBeUndefined();
      expect(await pwnedLog(page)).toEqual([]);
      expect(problems.filter((line) => !line.includes('Failed to load resource'))).toEqual([]);
    });
  }

  it('runs no payload when every link, summary and block of the payloads doc is clicked', async () => {
    const { page, problems } = await site().open('/docs/payloads/', { initScript: recordPwned });
    const clicked = await clickEverything(page, '.prose');
    expect(clicked).toBeGreaterThan(20);
    expect(await pwnedFlag(page)).toBeUndefined();
    expect(await pwnedLog(page)).toEqual([]);
    expect(page.url()).toBe(site().server.url('/docs/payloads/'));
    // No dialog opened and nothing threw; only the sanitized `<img src="x">` may 404.
    expect(problems.filter((line) => !line.includes('Failed to load resource'))).toEqual([]);
  });

  it('runs no payload in search results, whose excerpts Pagefind renders as HTML', async () => {
    const { page, problems } = await site().open('/search/?q=pwned', { initScript: recordPwned });
    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor();
    expect(await results.count()).toBeGreaterThan(0);
    await settle(page);
    expect(await pwnedFlag(page)).toBeUndefined();
    expect(await pwnedLog(page)).toEqual([]);
    expect(problems.filter((line) => !line.includes('Failed to load resource'))).toEqual([]);
  });

  it('leaves nothing that could run script in the page', async () => {
    const { page } = await site().open('/docs/payloads/');
    const found = await page.evaluate(() => {
      const risky: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          const value = attribute.value.replace(/\s/g, '').toLowerCase();
          if (attribute.name.startsWith('on')) risky.push(`${element.tagName} ${attribute.name}`);
          if (/^(?:javascript|vbscript|data):/.test(value)) {
            risky.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
          }
        }
      }
      const tags =
        'script, iframe, frame, object, embed, form, style, svg, math, base, meta[http-equiv]';
      for (const element of document.querySelectorAll(`main :is(${tags})`)) {
        risky.push(element.tagName);
      }
      return risky;
    });
    expect(found).toEqual([]);
    expect(page.frames()).toHaveLength(1);
  });

  it('keeps the page visible: a doc’s `<style>` and `style=` cannot hide or cover it', async () => {
    const { page } = await site().open('/docs/payloads/');
    expect(await page.getByText('The end: this paragraph must be visible.').isVisible()).toBe(true);
    const styled = page.getByText('Styled paragraph');
    expect(await styled.evaluate((element) => getComputedStyle(element).position)).toBe('static');
  });

  // The control: proves the flag, the clicks and the wait after them catch a
  // payload that runs, so the tests above cannot pass for want of testing.
  it('control: sets the flag and opens dialogs when the doc is rendered with trustHtml', async () => {
    const markdown = await readFile(path.join(repoRoot, fixture, 'payloads.md'), 'utf8');
    const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
    const { html } = renderBody(body, { trustHtml: true });
    const { page, problems } = await site().open('/404.html', { initScript: recordPwned });
    await page.setContent(`<main class="prose">${html}</main>`);
    // The two layout payloads would hide or cover what the test clicks.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('style, [style]')) element.remove();
    });
    await clickEverything(page, '.prose');
    const ran = [...new Set(await pwnedLog(page))].sort((a, b) => Number(a) - Number(b));
    expect(ran).toEqual([1, 2, 3, 4, 5, 7, 8, 10, 12, 13, 17, 18]);
    expect(problems.filter((line) => line.startsWith('dialog'))).toEqual([
      'dialog on /404.html: alert 2',
    ]);
  });
});
