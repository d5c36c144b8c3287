import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './harness/browser.ts';
import { useSite } from './harness/use-site.ts';

/** The doc's page, and the pages of its two `aliases`. */
const TARGET = '/docs/reports/sprint-2-report/';
const OLD_URLS = ['/docs/reports/sprint_2/', '/docs/old/sprint-two/'];

describe.skipIf(skipBrowserTests())('redirect pages for old paths, in Chromium', () => {
  const site = useSite({ content: 'test/fixtures/e2e-redirects' });

  for (const javaScript of [true, false]) {
    for (const from of OLD_URLS) {
      it(`sends ${from} to the doc’s page${javaScript ? '' : ' with JavaScript off'}`, async () => {
        const { page, problems } = await site().open(from, { javaScript });
        await page.waitForURL(site().server.url(TARGET));
        expect(await page.locator('h1').innerText()).toBe('Sprint 2 Report');
        expect(problems).toEqual([]);
      });
    }
  }

  it('names the new place on the redirect page itself, for a browser that does not follow it', async () => {
    const response = await fetch(site().server.url(OLD_URLS[0] ?? ''));
    const html = await response.text();
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${TARGET}">`);
    expect(html).toContain(`<a href="${TARGET}">Sprint 2 Report</a>`);
  });
});
