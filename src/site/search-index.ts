import path from 'node:path';
import { writeSearchFiles } from './write-search-files.ts';

/** What indexing did, for the build log. */
export interface SearchIndexOutcome {
  /** HTML pages Pagefind read under `docs/`; those without `data-pagefind-body` (redirects, the index) add nothing. */
  pages: number;
  /** Wall time of indexing and writing, in milliseconds. */
  ms: number;
  /** Files of the bundle linked unchanged from the last build's (see `writeSearchFiles`). */
  kept: number;
}

/**
 * Index the built doc pages with Pagefind and write its bundle to
 * `<outDir>/pagefind/`. Only `docs/**` is read: doc pages mark their article
 * with `data-pagefind-body`, so redirects, listings and the dashboard are not
 * worth finding and are skipped (indexing costs a few ms per page). Problems
 * Pagefind reports are thrown: a site whose search is broken should not ship.
 * With `keep` (a folder in Astro's cache), the bundle's files are kept there
 * and linked into the site, so files that did not change are not written
 * again.
 */
export async function buildSearchIndex(outDir: string, keep?: string): Promise<SearchIndexOutcome> {
  const started = performance.now();
  // Loaded here: Pagefind is an optional peer dependency, needed only by a build with search.
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: 'docs/**/*.html' });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(bundle.errors.join('; '));
    const { kept } = await writeSearchFiles(bundle.files, path.join(outDir, 'pagefind'), keep);
    return { pages: added.page_count, ms: Math.round(performance.now() - started), kept };
  } finally {
    await pagefind.close();
  }
}
