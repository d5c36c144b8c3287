import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'astro';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import statusdocs from '../../src/site/integration.ts';
import { SCRIPTED_HISTORY } from '../core/history/scripted-history.ts';
import { makeGitRepo, removeRepo } from '../helpers/git-repo.ts';
import { seriousAxeViolations } from './harness/axe.ts';
import { launchChromium, skipBrowserTests } from './harness/browser.ts';
import { repoRoot } from './harness/build-site.ts';
import { watchPage } from './harness/page-problems.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';

/**
 * The harness's `useSite` builds from a copy of a folder, without git; the
 * versioned site needs the scripted repository itself, so this file builds
 * it the same way and reuses the rest of the harness.
 */
let work: string;
let repo: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

/** The served site's URL of `pathname`. */
function url(pathname: string): string {
  if (!server) throw new Error('The e2e site is not ready: its beforeAll failed.');
  return server.url(pathname);
}

async function open(pathname: string, javaScript = true) {
  if (!browser) throw new Error('Chromium is not running: the beforeAll failed.');
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  contexts.push(context);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(url(pathname));
  return { page, problems };
}

describe.skipIf(skipBrowserTests())('the version switcher in Chromium', () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'statusdocs-e2e-versions-'));
    repo = makeGitRepo(SCRIPTED_HISTORY);
    await writeFile(path.join(repo, 'statusdocs.config.json'), '{"versions":{"every":"month"}}');
    const previousToday = process.env.STATUSDOCS_TODAY;
    process.env.STATUSDOCS_TODAY = '2025-03-21';
    try {
      await build({
        root: repoRoot,
        configFile: false,
        srcDir: './src/site',
        outDir: path.join(work, 'dist'),
        cacheDir: path.join(work, 'cache'),
        logLevel: 'error',
        integrations: [
          statusdocs({ content: path.join(repo, 'content'), configRoot: repo, failOn: 'never' }),
        ],
      });
    } finally {
      if (previousToday === undefined) delete process.env.STATUSDOCS_TODAY;
      else process.env.STATUSDOCS_TODAY = previousToday;
    }
    server = await serveStatic(path.join(work, 'dist'));
    browser = await launchChromium();
  }, 120_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (repo) removeRepo(repo);
    if (work) await rm(work, { recursive: true, force: true });
  });

  for (const javaScript of [true, false]) {
    it(`goes from the renamed plan on latest to v1 and back${javaScript ? '' : ' with JavaScript off'}`, async () => {
      const { page, problems } = await open('/docs/plans/auth/', javaScript);
      expect(await page.locator('h1').innerText()).toBe('Auth plan');

      await page.locator('.version-switcher summary').click();
      await page
        .locator('.version-switcher')
        .getByRole('link', { name: 'v1', exact: true })
        .click();
      await page.waitForURL(url('/v/v1/docs/plans/auth-plan/'));
      expect(await page.locator('h1').innerText()).toBe('Auth plan');
      expect(await page.locator('.banner-version').innerText()).toContain('You are viewing v1');
      expect(await page.locator('.doc-header .path').innerText()).toBe('plans/auth-plan.md');
      expect(await page.locator('.doc-header').innerText()).toContain('Active');

      await page.locator('.version-switcher summary').click();
      await page
        .locator('.version-switcher')
        .getByRole('link', { name: 'latest', exact: true })
        .click();
      await page.waitForURL(url('/docs/plans/auth/'));
      expect(await page.locator('.doc-header .path').innerText()).toBe('plans/auth.md');
      expect(problems).toEqual([]);
    });
  }

  it('keeps the #fragment when an old path redirects, with JavaScript on', async () => {
    const { page, problems } = await open('/docs/plans/auth-plan/#history-heading');
    await page.waitForURL(url('/docs/plans/auth/#history-heading'));
    expect(problems).toEqual([]);
  });

  it('has no serious accessibility problems on a versioned page and the changelog', async () => {
    for (const pathname of ['/v/v1/docs/plans/auth-plan/', '/changelog/', '/docs/status/']) {
      const { page, problems } = await open(pathname);
      // Open the switcher, so its links are checked too.
      if (pathname !== '/changelog/') await page.locator('.version-switcher summary').click();
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    }
  });
});
