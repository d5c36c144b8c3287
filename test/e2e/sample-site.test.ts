import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe.ts';
import { skipBrowserTests } from './harness/browser.ts';
import { saveScreenshot, screenshotsWanted } from './harness/screenshots.ts';
import { useSite } from './harness/use-site.ts';

/** Chromium's console line for a page served with status 404; expected on the 404 page only. */
const NOT_FOUND_LINE =
  'Failed to load resource: the server responded with a status of 404 (Not Found)';

/** A page checked for errors and accessibility. */
interface PageCase {
  name: string;
  path: string;
  /** The page's `<h1>`. */
  heading: string;
  /** HTTP status. Default 200. */
  status?: number;
  /** A selector to wait for before checking, for content scripts add. */
  ready?: string;
}

/** One page of each kind the site has: add a page here and it is checked. */
const PAGES: PageCase[] = [
  { name: 'dashboard', path: '/', heading: 'Project status' },
  { name: 'docs index', path: '/docs/', heading: 'All docs' },
  { name: 'status doc', path: '/docs/status/', heading: 'Lumen API — Project Status' },
  {
    name: 'report with findings',
    path: '/docs/reports/sprint_13_progress_report/',
    heading: 'Sprint 13 Progress Report: Resumable Uploads Live',
  },
  { name: 'plans page', path: '/plans/', heading: 'Plans and their reports' },
  { name: 'timeline', path: '/timeline/', heading: 'Timeline' },
  { name: 'archive', path: '/archive/', heading: 'Archive' },
  { name: 'relation graph', path: '/graph/', heading: 'Relation graph' },
  { name: 'tag listing', path: '/tags/api/', heading: 'api' },
  { name: 'owner listing', path: '/owners/priya-raman/', heading: 'Priya Raman' },
  {
    name: 'search page with results',
    path: '/search/?q=purge',
    heading: 'Search the docs',
    // Pagefind renders results after loading its index: check the page with them.
    ready: '.pagefind-ui__result',
  },
  { name: '404 page', path: '/no-such-page/', heading: 'Page not found', status: 404 },
];

describe.skipIf(skipBrowserTests())('the sample site (content/) in Chromium', () => {
  const site = useSite({ content: 'content' });

  it('leads from the dashboard to a doc, its plan and one of the plan’s reports', async () => {
    const { page, problems } = await site().open('/');
    const heading = page.locator('h1');

    await page
      .getByRole('region', { name: 'Recent activity' })
      .getByRole('link', { name: 'Sprint 16 Report' })
      .click();
    await page.waitForURL('**/docs/reports/2026-11-13-sprint-16-report/');
    expect(await heading.innerText()).toBe('Sprint 16 Report');

    await page
      .getByRole('region', { name: 'Relations' })
      .getByRole('link', { name: 'Media Pipeline v2 Plan' })
      .click();
    await page.waitForURL('**/docs/plans/active/media-pipeline-plan/');
    expect(await heading.innerText()).toBe('Media Pipeline v2 Plan');

    // A backlink: the plan lists the reports that point to it.
    await page
      .getByRole('region', { name: 'Relations' })
      .getByRole('link', { name: 'Sprint 14 Report' })
      .click();
    await page.waitForURL('**/docs/reports/2026-10-16-sprint-14-report/');
    expect(await heading.innerText()).toBe('Sprint 14 Report');

    await page.goBack();
    await page.waitForURL('**/docs/plans/active/media-pipeline-plan/');
    expect(problems).toEqual([]);
  });

  for (const { name, path, heading, status = 200, ready } of PAGES) {
    it(`shows the ${name} (${path}) without errors or serious axe violations, light and dark`, async () => {
      const { page, problems, response } = await site().open(path);
      if (ready !== undefined) await page.locator(ready).first().waitFor();
      expect(response?.status()).toBe(status);
      expect(await page.locator('h1').innerText()).toBe(heading);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousAxeViolations(page, { rules: ['color-contrast'] })).toEqual([]);
      const expected = status === 404 ? [`console error on ${path}: ${NOT_FOUND_LINE}`] : [];
      expect(problems).toEqual(expected);
    });
  }

  it('searches from the header and leads to the doc found', async () => {
    const { page, problems } = await site().open('/');
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the docs' });
    await box.fill('purge batcher');
    await box.press('Enter');
    await page.waitForURL('**/search/?q=purge+batcher');
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor();
    expect(await first.innerText()).toBe('Session Handoff — Key Rotation and Purge Batcher');
    await first.click();
    await page.waitForURL('**/docs/handoffs/handoff_2026-11-12/');
    expect(await page.locator('h1').innerText()).toBe(
      'Session Handoff — Key Rotation and Purge Batcher',
    );
    expect(problems).toEqual([]);
  });

  it('works without JavaScript: content and links are in the HTML', async () => {
    const { page, problems } = await site().open('/', { javaScript: false });
    expect(await page.locator('h1').innerText()).toBe('Project status');
    expect(await page.getByRole('region', { name: 'Needs attention' }).isVisible()).toBe(true);

    await page.getByRole('link', { name: 'All docs', exact: true }).first().click();
    await page.waitForURL('**/docs/');
    await page.getByRole('link', { name: 'Media Pipeline v2 Plan' }).click();
    await page.waitForURL('**/docs/plans/active/media-pipeline-plan/');
    expect(await page.locator('.prose h2').count()).toBeGreaterThan(0);
    // Details are open in the HTML itself, not opened by a script.
    expect(await page.getByText('Where these values came from').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('lists every doc on the search page when JavaScript is off', async () => {
    const { page, problems } = await site().open('/search/', { javaScript: false });
    const browse = page.getByRole('region', { name: 'Browse instead' });
    expect(await browse.isVisible()).toBe(true);
    expect(await browse.getByRole('link').count()).toBe(16);
    expect(problems).toEqual([]);
  });

  if (screenshotsWanted) {
    for (const [pathname, name] of [
      ['/', 'dashboard'],
      ['/plans/', 'plans'],
      ['/graph/', 'graph'],
    ] as const) {
      it(`saves a screenshot of ${pathname}`, async () => {
        const { page } = await site().open(pathname);
        await saveScreenshot(page, name);
      });
    }
  }
});
