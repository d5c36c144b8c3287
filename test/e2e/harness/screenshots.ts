import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './build-site.ts';

/** `STATUSDOCS_SCREENSHOTS=1` saves screenshots for the README; other runs leave the tree alone. */
export const screenshotsWanted = process.env.STATUSDOCS_SCREENSHOTS === '1';

/** Where the README's screenshots live. */
export const screenshotDir = path.join(repoRoot, 'docs/screenshots');

/** Long docs are cut here: a README image shows the top of a page, not 20,000 pixels of it. */
const MAX_HEIGHT = 1800;

/**
 * Save a screenshot of the top of `page` (the whole page up to
 * {@link MAX_HEIGHT} pixels) as `docs/screenshots/<name>.png`, written to a
 * temporary file first and renamed, so an interrupted run never leaves half
 * an image. Returns the path written.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = path.join(screenshotDir, `${name}.png`);
  const size = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  const image = await page.screenshot({
    fullPage: true,
    animations: 'disabled',
    clip: { x: 0, y: 0, width: size.width, height: Math.min(size.height, MAX_HEIGHT) },
  });
  await mkdir(screenshotDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, image);
  await rename(temporary, file);
  return file;
}
