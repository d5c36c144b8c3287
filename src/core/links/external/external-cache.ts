import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { removeStaleTemps } from '../../io/remove-stale-temps.ts';
import { sealText, unsealText } from '../../io/seal-text.ts';
import { openUserCache } from '../../io/user-cache-dir.ts';
import { writeAtomic } from '../../io/write-atomic.ts';
import type { PageInfo } from './external-result.ts';

/** Bump when the stored shape changes; other versions are ignored. */
const VERSION = 1;

/** One page that answered well, and when. */
export interface CachedPage extends PageInfo {
  /** Milliseconds since the epoch. */
  checkedAt: number;
}

/** Successful page checks by URL (without fragment). Failures are never stored. */
export type ExternalCache = Map<string, CachedPage>;

/**
 * Read the cache, keeping only entries younger than `maxAgeMs`. A missing,
 * unreadable or foreign file is an empty cache: the cache only saves time,
 * so it can never fail a check. The file is sealed with the user's secret
 * (a planted file cannot mark a broken link as working).
 */
export async function readExternalCache(
  file: string,
  now: number,
  maxAgeMs: number,
): Promise<ExternalCache> {
  const cache: ExternalCache = new Map();
  try {
    const { secret } = await openUserCache(process.env);
    const text = unsealText(await readFile(file, 'utf8'), secret);
    if (text === undefined) return cache;
    const data = JSON.parse(text) as { version?: unknown; pages?: unknown };
    if (data.version !== VERSION || typeof data.pages !== 'object' || data.pages === null)
      return cache;
    for (const [url, page] of Object.entries(data.pages as Record<string, unknown>)) {
      if (isCachedPage(page) && now - page.checkedAt < maxAgeMs && page.checkedAt <= now) {
        cache.set(url, page);
      }
    }
  } catch {
    // No cache yet, or a damaged one: check everything.
  }
  return cache;
}

/**
 * Write the cache atomically (a temporary file in the same folder, then a
 * rename), URLs sorted so the file diffs well. Errors are swallowed: a
 * read-only checkout still gets its links checked.
 */
export async function writeExternalCache(file: string, cache: ExternalCache): Promise<void> {
  const pages: Record<string, CachedPage> = {};
  for (const url of [...cache.keys()].sort()) {
    const page = cache.get(url);
    if (page) pages[url] = { checkedAt: page.checkedAt, html: page.html, anchors: page.anchors };
  }
  try {
    const { secret } = await openUserCache(process.env);
    await mkdir(path.dirname(file), { recursive: true });
    await removeStaleTemps(path.dirname(file));
    const text = `${JSON.stringify({ version: VERSION, pages }, null, 2)}\n`;
    await writeAtomic(file, sealText(text, secret));
  } catch {
    // Working links are checked again next time.
  }
}

function isCachedPage(value: unknown): value is CachedPage {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as Partial<CachedPage>;
  return (
    typeof page.checkedAt === 'number' &&
    (page.html === null || typeof page.html === 'boolean') &&
    (page.anchors === null ||
      (Array.isArray(page.anchors) && page.anchors.every((a) => typeof a === 'string')))
  );
}
