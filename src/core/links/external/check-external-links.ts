import { checkPage } from './check-page.ts';
import { hasAnchor } from './collect-html-anchors.ts';
import { readExternalCache, writeExternalCache, type CachedPage } from './external-cache.ts';
import type { ExternalOptions, ExternalRuntime } from './external-options.ts';
import type { ExternalResult, PageResult } from './external-result.ts';
import { createLimiter } from './limiter.ts';
import { compileUrlExcludes } from './is-excluded-url.ts';

/** Inputs of {@link checkExternalLinks} besides the URLs. */
export interface CheckExternalOptions extends ExternalOptions, ExternalRuntime {
  /** The cache file (`.statusdocs/cache/external.json`); no cache when absent. */
  cacheFile?: string;
}

/**
 * Check http(s) URLs as written in the docs. Each page (the URL without its
 * fragment) is fetched once however often it is linked, with the overall
 * and per-host limits; its fragments are then looked up in its anchors. A
 * page that answered well within `maxAge` is taken from the cache without
 * a request; only successes are cached, so a broken link is checked again
 * on every run. Excluded and non-http URLs get no result. The I/O step of
 * `--external`: the rule `external-broken` reports what this returns.
 */
export async function checkExternalLinks(
  urls: Iterable<string>,
  options: CheckExternalOptions,
): Promise<Map<string, ExternalResult>> {
  const now = options.now ?? Date.now;
  const settings = {
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    fetch: options.fetch ?? globalThis.fetch,
    now,
    sleep:
      options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    backoffMs: options.backoffMs ?? 1000,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
    maxRedirects: options.maxRedirects ?? 5,
    maxBodyBytes: options.maxBodyBytes ?? 5_000_000,
  };
  const wanted = new Map<string, { page: string; fragment: string | undefined }>();
  const isExcluded = compileUrlExcludes(options.exclude);
  for (const url of new Set(urls)) {
    const parsed = parseHttpUrl(url);
    if (parsed && !isExcluded(url)) wanted.set(url, parsed);
  }
  const needsAnchors = new Set<string>();
  for (const { page, fragment } of wanted.values()) if (fragment) needsAnchors.add(page);
  const cache = options.cacheFile
    ? await readExternalCache(options.cacheFile, now(), options.maxAge * 1000)
    : new Map<string, CachedPage>();
  const limit = createLimiter(options.concurrency, options.perHost);
  const pages = new Map<string, PageResult>();
  await Promise.all(
    [...new Set([...wanted.values()].map(({ page }) => page))].sort().map(async (page) => {
      const cached = cache.get(page);
      const anchors = needsAnchors.has(page);
      if (cached && (!anchors || cached.anchors !== null || cached.html === false)) {
        pages.set(page, { ok: true, html: cached.html, anchors: cached.anchors });
        return;
      }
      const result = await limit(new URL(page).host, () => checkPage(page, anchors, settings));
      pages.set(page, result);
      if (result.ok)
        cache.set(page, { checkedAt: now(), html: result.html, anchors: result.anchors });
      else cache.delete(page);
    }),
  );
  if (options.cacheFile) await writeExternalCache(options.cacheFile, cache);
  const results = new Map<string, ExternalResult>();
  for (const [url, { page, fragment }] of wanted) {
    const result = pages.get(page);
    if (!result) continue;
    if (!result.ok) results.set(url, result);
    else if (fragment && result.anchors !== null && !hasAnchor(result.anchors, fragment)) {
      results.set(url, { ok: false, problem: { kind: 'fragment', fragment } });
    } else results.set(url, { ok: true });
  }
  return results;
}

/** `https://host/path?q#frag` → the page and the decoded fragment; undefined for other schemes. */
function parseHttpUrl(url: string): { page: string; fragment: string | undefined } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const hash = parsed.hash.slice(1);
  parsed.hash = '';
  let fragment: string | undefined;
  try {
    fragment = hash === '' ? undefined : decodeURIComponent(hash);
  } catch {
    fragment = hash;
  }
  return { page: parsed.href, fragment };
}
