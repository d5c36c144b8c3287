const MARKDOWN_EXTENSION = /\.(?:md|markdown)$/i;

/**
 * The URL slug of a doc: its path without the Markdown extension, in lower
 * case, with runs of whitespace turned into `-`. `reports/SPRINT_13.md`
 * becomes `reports/sprint_13`. Lower case keeps a URL stable when only the
 * case of a file name changes.
 */
export function slugOfPath(path: string): string {
  return path
    .replace(MARKDOWN_EXTENSION, '')
    .split('/')
    .map((segment) => segment.toLowerCase().replace(/\s+/g, '-'))
    .join('/');
}

/**
 * Slugs of a set of doc paths. Paths are taken in sorted order, and a slug
 * already taken (`A.md` and `a.md`) gets `-2`, `-3`… so the result is the
 * same on every build.
 */
export function buildSlugs(paths: readonly string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const path of [...paths].sort()) {
    const base = slugOfPath(path);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(path, slug);
  }
  return slugs;
}

/** The site URL of a doc page: `<base>docs/<slug>/`, each segment URL-encoded. */
export function docUrl(base: string, slug: string): string {
  return `${withTrailingSlash(base)}docs/${slug.split('/').map(encodeURIComponent).join('/')}/`;
}

/** A URL under the site's base path, e.g. `siteUrl('/status', '')` is `/status/`. */
export function siteUrl(base: string, path: string): string {
  return withTrailingSlash(base) + path.replace(/^\//, '');
}

function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
