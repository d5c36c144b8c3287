import type { Page } from 'playwright-core';

/** The path of a page's URL, so messages do not depend on the server's port. */
function where(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol.startsWith('http') ? parsed.pathname + parsed.hash : url;
  } catch {
    return url;
  }
}

/**
 * Record what goes wrong in a page while a test drives it, one line each:
 * console errors and warnings, uncaught exceptions, failed requests, and
 * dialogs (dismissed at once, so a test never hangs on an `alert`).
 */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()} on ${where(page.url())}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    problems.push(`page error on ${where(page.url())}: ${error.message}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // A click that navigates on cancels what the page still loads (its
    // favicon, say): Chromium reports ERR_ABORTED, which is no broken link.
    // Only sub-resources are let go; a document that fails to load is kept.
    if (reason === 'net::ERR_ABORTED' && request.resourceType() !== 'document') return;
    problems.push(`request failed on ${where(page.url())}: ${where(request.url())} (${reason})`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog on ${where(page.url())}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}
