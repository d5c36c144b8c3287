import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` with one of `extensions`, relative, `/` separators, sorted. */
export async function filesUnder(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

const ORIGIN = 'http://site.test';

/**
 * Every internal link in a built site that leads nowhere: `href` and `src`
 * in HTML and in the Atom feed, and `<meta http-equiv="refresh">` targets,
 * each resolved like a browser would against its page under `base`; a
 * `#fragment` must be an id on the target page. Returns `file: link` lines.
 */
export async function findBrokenLinks(outDir: string, base = '/'): Promise<string[]> {
  const pages = new Map<string, string>();
  for (const file of await filesUnder(outDir, ['.html', '.xml'])) {
    pages.set(file, await readFile(path.join(outDir, file), 'utf8'));
  }
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string, html: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? ''));
      idCache.set(file, ids);
    }
    return ids;
  };
  const broken: string[] = [];
  for (const [file, html] of pages) {
    const pageUrl = new URL(`${base}${file.replace(/index\.html$/, '')}`, ORIGIN);
    const links = [
      ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? ''),
      ...[...html.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]*)"/g)].map(
        (match) => match[1] ?? '',
      ),
    ];
    for (const link of links) {
      const url = new URL(link.replaceAll('&amp;', '&'), pageUrl);
      if (url.origin !== ORIGIN) continue;
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(base)) {
        broken.push(`${file}: ${link} (outside ${base})`);
        continue;
      }
      let target = pathname.slice(base.length);
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!existsSync(path.join(outDir, target))) {
        broken.push(`${file}: ${link}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const page = pages.get(target);
      if (fragment !== '' && (page === undefined || !idsOf(target, page).has(fragment))) {
        broken.push(`${file}: ${link} (no #${fragment})`);
      }
    }
  }
  return broken;
}
