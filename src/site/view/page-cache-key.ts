import { createHash } from 'node:crypto';
import { getEntry } from 'astro:content';
import { HISTORY_INDEX_ID } from '../history-loaders.ts';
import type { DocEntry } from './get-docs.ts';
import { oncePerBuild } from './once-per-build.ts';

/**
 * The `cacheKey` of a doc page for Astro's incremental static builds
 * (`experimental.incrementalBuild`): a digest of everything the page reads
 * besides code (Astro hashes the page's modules, the site options among
 * them, itself): the doc's view model and rendered body, its history, and
 * the history index the version switcher reads. A page whose key and code
 * are unchanged since the last build is copied from it instead of rendered.
 */
export async function docPageCacheKey(entry: DocEntry): Promise<string> {
  const history = (await getEntry('statusdocsDocHistory', entry.id)) as
    { digest?: string | number } | undefined;
  return digest([
    'doc',
    // The store's digest covers the view model; the body is hashed as rendered.
    entry.digest ?? entry.data,
    entry.rendered ?? null,
    history?.digest ?? null,
    await historyIndexDigest(),
  ]);
}

/** The `cacheKey` of a page made from `props` alone (a redirect). */
export function propsCacheKey(props: unknown): string {
  return digest(['props', props]);
}

/** The history index's digest, once per build: every doc page reads the index. */
const historyIndexDigest = oncePerBuild(async (): Promise<string | number | null> => {
  const entry = (await getEntry('statusdocsHistory', HISTORY_INDEX_ID)) as
    { digest?: string | number; data: unknown } | undefined;
  return entry?.digest ?? (entry ? digest(entry.data) : null);
});

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}
