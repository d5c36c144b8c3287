import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromiumMissing, launchChromium } from './browser.ts';
import { buildSite, type BuildSiteOptions, type BuiltSite } from './build-site.ts';
import { watchPage } from './page-problems.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** A page opened by {@link E2eSite.open}, with what went wrong in it so far. */
export interface OpenedPage {
  page: Page;
  /** The response to the first navigation. */
  response: Response | null;
  /** Console errors and warnings, page errors, failed requests, dialogs: see `watchPage`. */
  problems: string[];
}

/** How {@link E2eSite.open} sets up the browser context. */
export interface OpenOptions {
  /** Run scripts. Default `true`; `false` checks the site works without JavaScript. */
  javaScript?: boolean;
  /** `prefers-color-scheme`. Default `light`. */
  colorScheme?: 'light' | 'dark';
  /** Viewport size. Default 1280×800. */
  viewport?: { width: number; height: number };
  /** A script run in every document of the context before its own scripts, e.g. to record a flag. */
  initScript?: () => void;
}

/** A built site, served, with a browser to look at it. */
export interface E2eSite {
  built: BuiltSite;
  server: StaticServer;
  browser: Browser;
  /**
   * Open `pathname` in a new browser context (fresh cookies, storage and
   * cache), closed after the test.
   */
  open: (pathname: string, options?: OpenOptions) => Promise<OpenedPage>;
}

/** Building a site and starting Chromium take a few seconds, more on a busy machine. */
const SETUP_TIMEOUT = 120_000;

/**
 * Register the lifecycle of one e2e site in the current `describe`: build it
 * once before the tests, serve it and launch Chromium, close the contexts a
 * test opened after that test, and tear everything down at the end (also
 * when setup failed half-way). Returns a getter, since the site exists only
 * once `beforeAll` has run.
 */
export function useSite(options: BuildSiteOptions): () => E2eSite {
  // Chromium is required but missing: fail every test with the reason, without building.
  const missing = chromiumMissing();
  if (missing !== null) {
    return () => {
      throw new Error(`${missing} (STATUSDOCS_REQUIRE_BROWSER=1).`);
    };
  }
  let built: BuiltSite | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let site: E2eSite | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    built = await buildSite(options);
    server = await serveStatic(built.outDir);
    browser = await launchChromium();
    site = { built, server, browser, open: openIn(browser, server, contexts) };
  }, SETUP_TIMEOUT);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await built?.cleanup();
  });

  return () => {
    if (site === undefined) throw new Error('The e2e site is not ready: its beforeAll failed.');
    return site;
  };
}

function openIn(
  browser: Browser,
  server: StaticServer,
  contexts: BrowserContext[],
): E2eSite['open'] {
  return async (pathname, options = {}) => {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScript ?? true,
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1280, height: 800 },
    });
    contexts.push(context);
    if (options.initScript) await context.addInitScript(options.initScript);
    const page = await context.newPage();
    const problems = watchPage(page);
    const response = await page.goto(server.url(pathname));
    return { page, response, problems };
  };
}
