import type { DocView } from '../model/doc-view.ts';
import { slugOfPath } from '../model/doc-slugs.ts';
import { compareText } from './compare.ts';

/** A page at an old URL that sends readers to a doc's page. */
export interface Redirect {
  /** The old slug: `/docs/<slug>/` is the old URL. */
  slug: string;
  /** The old path, relative to the content root. */
  from: string;
  /** Whether the old path is an `aliases` entry or a git rename. */
  via: 'alias' | 'rename';
  /** The doc's page. */
  to: string;
  /** The doc's title. */
  title: string;
}

/**
 * Redirects from every former path of every doc to its page, keeping the
 * old URL shape (`/docs/<old-slug>/`). A slug that is a live doc's slug is
 * never redirected (the doc wins), and when two docs claim the same old
 * slug the first in path order keeps it, so the output is the same each build.
 */
export function buildRedirects(docs: readonly DocView[]): Redirect[] {
  const taken = new Set(docs.map((doc) => doc.slug));
  const redirects: Redirect[] = [];
  for (const doc of [...docs].sort((a, b) => compareText(a.path, b.path))) {
    for (const former of doc.formerPaths) {
      const slug = slugOfPath(former.path);
      if (slug === '' || taken.has(slug)) continue;
      taken.add(slug);
      redirects.push({ slug, from: former.path, via: former.via, to: doc.url, title: doc.label });
    }
  }
  return redirects.sort((a, b) => compareText(a.slug, b.slug));
}
