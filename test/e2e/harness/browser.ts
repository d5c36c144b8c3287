import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); `STATUSDOCS_CHROMIUM` points elsewhere. */
export const chromiumPath = process.env.STATUSDOCS_CHROMIUM ?? '/usr/bin/chromium';

/** CI sets `STATUSDOCS_REQUIRE_BROWSER=1`: a missing Chromium then fails the tests instead of skipping them. */
const required = process.env.STATUSDOCS_REQUIRE_BROWSER === '1';

/** Why the browser tests cannot run here, or null when Chromium is installed. */
export function chromiumMissing(): string | null {
  return existsSync(chromiumPath)
    ? null
    : `No Chromium at \`${chromiumPath}\`; install it with \`apt-get install chromium\` or set STATUSDOCS_CHROMIUM`;
}

/**
 * Whether the browser tests should be skipped: only when Chromium is missing
 * and not required. Says why on the console, so a skip is never silent.
 * When it is required, the tests run and each fails with the reason.
 */
export function skipBrowserTests(): boolean {
  const missing = chromiumMissing();
  if (missing === null || required) return false;
  console.warn(`Skipping browser tests. ${missing}.`);
  return true;
}

/**
 * Launch Chromium headless with a fresh temporary profile (Playwright's
 * `launch` creates one per browser and deletes it on close) and without the
 * background traffic that would make runs differ: no component updates, no
 * first-run UI, no network of its own.
 */
export async function launchChromium(): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing !== null) throw new Error(`${missing} (STATUSDOCS_REQUIRE_BROWSER=1).`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
