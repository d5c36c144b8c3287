const MARKDOWN_EXTENSION = /\.(?:md|markdown)$/i;

/**
 * What a folder name in the built site cannot hold and still be found by its
 * URL: `%` (a server decodes `%20` before looking the folder up), `#` and `?`
 * (they end the path of a URL), `\` (a path separator to some servers and to
 * Windows), and control characters.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[%#?\\\u0000-\u001f\u007f]/g;

/**
 * The URL slug of a doc: its path without the Markdown extension, in lower
 * case, with runs of whitespace turned into `-`. `reports/SPRINT_13.md`
 * becomes `reports/sprint_13`. Lower case keeps a URL stable when only the
 * case of a file name changes. Characters a URL path cannot carry to a
 * folder of the same name become `-` (`x#y.md` is `x-y`), and a segment of
 * dots alone (`..md`) becomes dashes, so every file name gets a page that
 * its link reaches.
 */
export function slugOfPath(path: string): string {
  return path
    .replace(MARKDOWN_EXTENSION, '')
    .split('/')
    .map((segment) => {
      const slug = segment.toLowerCase().replace(/\s+/g, '-').replace(UNSAFE, '-');
      return /^\.*$/.test(slug) ? slug.replaceAll('.', '-') || '-' : slug;
    })
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
