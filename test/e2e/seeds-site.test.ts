import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe.ts';
import { skipBrowserTests } from './harness/browser.ts';
import { saveScreenshot, screenshotsWanted } from './harness/screenshots.ts';
import { useSite } from './harness/use-site.ts';

/** Seed 004: a real report with mojibake, contradicting numbers and many findings. */
const SEED_004 = '/docs/004_7fac2de8baaf4b66/';

describe.skipIf(skipBrowserTests())('the five seed docs as a site, in Chromium', () => {
  const site = useSite({ content: 'test/fixtures/seeds', failOn: 'never' });

  for (const path of ['/', SEED_004]) {
    it(`shows ${path} without errors or serious axe violations, light and dark`, async () => {
      const { page, problems, response } = await site().open(path);
      expect(response?.status()).toBe(200);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousAxeViolations(page, { rules: ['color-contrast'] })).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  it('shows seed 004’s findings on its page', async () => {
    const { page } = await site().open(SEED_004);
    const findings = page.getByRole('region', { name: /^Findings/ });
    expect(await findings.isVisible()).toBe(true);
    expect(await findings.getByRole('listitem').count()).toBeGreaterThan(0);
  });

  if (screenshotsWanted) {
    it('saves a screenshot of seed 004’s page', async () => {
      const { page } = await site().open(SEED_004);
      await saveScreenshot(page, 'seed-004');
    });
  }
});
