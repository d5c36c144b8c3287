import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's own pages: the routes of a statusdocs site. */
export const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));

/** A page of the statusdocs site as an Astro route to inject. */
export interface PageRoute {
  /** URL pattern, e.g. `/docs/[...slug]`. */
  pattern: string;
  /** Absolute path of the page file. */
  entrypoint: string;
}

/** A page or endpoint: `.astro`, or `.ts` in the sources and `.js` in the package (not `.d.ts`). */
const PAGE_FILE = /(?<!\.d)\.(astro|ts|js)$/;

/**
 * The routes of the statusdocs site, read from its `pages/` folder, for a
 * host Astro site whose own `srcDir` is elsewhere: the integration injects
 * them there. File names map to patterns as Astro's file routing does
 * (`index.astro` → `/`, `feed.xml.ts` → `/feed.xml`). Sorted, so the order
 * is the same on every build.
 */
export async function listPageRoutes(pagesDir: string = PAGES_DIR): Promise<PageRoute[]> {
  const entries = await readdir(pagesDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && PAGE_FILE.test(entry.name))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const route = path
        .relative(pagesDir, file)
        .split(path.sep)
        .join('/')
        .replace(PAGE_FILE, '')
        .replace(/(^|\/)index$/, '');
      return { pattern: `/${route}`, entrypoint: file };
    })
    .sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
}

/** Whether a host site's `srcDir` is this package's own site folder (this repo's build). */
export function isOwnSite(srcDir: string): boolean {
  return path.resolve(srcDir) === path.resolve(PAGES_DIR, '..');
}
