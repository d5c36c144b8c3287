import { slug as githubSlug } from 'github-slugger';
import type { DocView } from '../model/doc-view.ts';
import { siteUrl } from '../model/doc-slugs.ts';
import { compareNewest, compareText } from './compare.ts';
import { activityOf } from './dashboard.ts';

/** The docs that share one tag or one owner. */
export interface Listing {
  /** The URL segment: `cdn`, `priya-raman`. */
  slug: string;
  /** The name as first written (in path order), e.g. `Priya Raman`. */
  name: string;
  /** The page of the listing, with the base path: `/owners/priya-raman/`. */
  url: string;
  /** Newest first; ties by path. */
  docs: DocView[];
}

/** Tag listings, by slug. Tags that differ only in case or punctuation share a page. */
export function buildTagListings(docs: readonly DocView[], base: string): Listing[] {
  return buildListings(
    docs,
    (doc) => doc.tags,
    (slug) => siteUrl(base, `tags/${slug}/`),
  );
}

/** Owner listings, by slug. */
export function buildOwnerListings(docs: readonly DocView[], base: string): Listing[] {
  return buildListings(
    docs,
    (doc) => (doc.owner === null ? [] : [doc.owner]),
    (slug) => siteUrl(base, `owners/${slug}/`),
  );
}

/**
 * The URL segment of a tag or owner: GitHub's heading slug (`Priya Raman` →
 * `priya-raman`), or for a name made only of symbols (`✅`) its code points
 * (`x-2705`), so no name is left without a page.
 */
export function listingSlug(name: string): string {
  const trimmed = name.trim();
  const slug = githubSlug(trimmed);
  if (slug.replace(/-/g, '') !== '') return slug;
  const points: string[] = [];
  for (const char of trimmed) points.push((char.codePointAt(0) ?? 0).toString(16));
  return `x-${points.join('-')}`;
}

function buildListings(
  docs: readonly DocView[],
  namesOf: (doc: DocView) => readonly string[],
  urlOf: (slug: string) => string,
): Listing[] {
  const bySlug = new Map<string, { name: string; docs: DocView[] }>();
  for (const doc of [...docs].sort((a, b) => compareText(a.path, b.path))) {
    for (const name of new Set(namesOf(doc).filter((value) => value.trim() !== ''))) {
      const slug = listingSlug(name);
      const listing = bySlug.get(slug) ?? { name: name.trim(), docs: [] };
      if (!listing.docs.includes(doc)) listing.docs.push(doc);
      bySlug.set(slug, listing);
    }
  }
  return [...bySlug]
    .sort(([a], [b]) => compareText(a, b))
    .map(([slug, listing]) => ({
      slug,
      name: listing.name,
      url: urlOf(slug),
      docs: listing.docs.sort(
        (a, b) => compareNewest(activityOf(a), activityOf(b)) || compareText(a.path, b.path),
      ),
    }));
}
