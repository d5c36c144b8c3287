import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Impacts that fail a page; `minor` and `moderate` ones are left to judgement. */
const FAILING = new Set(['serious', 'critical']);

/** What {@link seriousAxeViolations} checks. */
export interface AxeScope {
  /**
   * Only these axe rules, e.g. `['color-contrast']` to re-check a page in
   * its dark color scheme, where nothing but the colors changed. Default: all.
   */
  rules?: string[];
}

/**
 * Run axe-core in the page and describe every serious or critical
 * violation as one line: rule, impact, help text and the first offending
 * elements, so a failure says what to fix without opening a report.
 */
export async function seriousAxeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: axeScript });
  // Only violations: collecting every passing node doubles the time on long docs.
  const options: RunOptions = { resultTypes: ['violations'] };
  if (scope.rules) options.runOnly = { type: 'rule', values: scope.rules };
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run: (o: RunOptions) => Promise<AxeResults> } }).axe.run(
        runOptions,
      ),
    options,
  );
  return results.violations
    .filter((violation) => FAILING.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ');
      return `${violation.id} (${violation.impact ?? '?'}): ${violation.help} — ${violation.nodes.length} element(s): ${targets}`;
    });
}
