import type { Page } from 'playwright-core';

/** What a page's scripts can see of the payload flag. */
interface FlagWindow {
  __pwned?: unknown;
  __pwnedLog?: unknown[];
}

/**
 * Init script: record every value a payload assigns to `window.__pwned`
 * (payloads in frames assign `parent.__pwned`), so a test sees all the
 * payloads that ran, not only the last one. The flag reads back as
 * `undefined` until a payload assigns it.
 */
export function recordPwned(): void {
  const target = window as FlagWindow;
  let value: unknown;
  const log: unknown[] = [];
  Object.defineProperty(target, '__pwnedLog', { value: log });
  Object.defineProperty(target, '__pwned', {
    configurable: false,
    get: () => value,
    set: (next: unknown) => {
      value = next;
      log.push(next);
    },
  });
}

/** The values payloads assigned to `window.__pwned` in the page, in order. */
export async function pwnedLog(page: Page): Promise<unknown[]> {
  return page.evaluate(() => [...((window as FlagWindow).__pwnedLog ?? [])]);
}

/** `window.__pwned` as the page sees it now. */
export async function pwnedFlag(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as FlagWindow).__pwned);
}

/**
 * Let the work a click queued run before looking at the flag: a
 * `javascript:` URL or a form submission runs in a later task. Two
 * animation frames are enough, and a control test (trusted HTML) checks
 * that they are.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
}

/**
 * Click every link, summary, button, input, image and block in `scope` the
 * way a reader would (a real mouse click on a visible element), then settle.
 * Returns how many elements were clicked, so a test can tell a page with
 * nothing to click from one that was never clicked.
 */
export async function clickEverything(page: Page, scope: string): Promise<number> {
  const targets = page.locator(`${scope} :is(a, summary, button, input, img, div, p)`);
  const count = await targets.count();
  let clicked = 0;
  for (let index = 0; index < count; index++) {
    const target = targets.nth(index);
    if (!(await target.isVisible())) continue;
    await target.click();
    clicked++;
  }
  await settle(page);
  return clicked;
}
