import type { Release } from '../../core/changelog/release.ts';
import type { VersionSource } from '../../core/history/select-versions.ts';
import type { SiteHistory } from './read-site-history.ts';

/** A version as the pages list it, with where each of its docs is. */
export interface VersionEntry {
  name: string;
  /** URL segment: `/v/<slug>/`. */
  slug: string;
  source: VersionSource;
  date: string | null;
  commit: string | null;
  /** Doc key → slug of its page in this version. */
  docs: Record<string, string>;
}

/**
 * What every page needs to know about history, stored as one entry: the
 * versions (for switchers and banners), where each doc is in each, and the
 * changelog. Plain data, so the content store can keep it.
 */
export interface HistoryIndex {
  enabled: boolean;
  available: boolean;
  notes: string[];
  /** Versions other than latest, in history order. */
  versions: VersionEntry[];
  /** Doc key → slug of its latest page. */
  latest: Record<string, string>;
  latestLabel: string;
  /** Every release, newest first. */
  releases: Release[];
  /** The release leading to each version, by version slug. */
  versionReleases: Record<string, Release>;
  newestDate: string | null;
}

/**
 * The index of a site's history: `latestSlugs` (latest path → slug, from
 * the latest pages) and each version's slugs by path. Pure.
 */
export function buildHistoryIndex(
  history: SiteHistory,
  latestSlugs: ReadonlyMap<string, string>,
  versionSlugsByPath: ReadonlyMap<string, ReadonlyMap<string, string>>,
): HistoryIndex {
  const latest: Record<string, string> = {};
  for (const [path, slug] of latestSlugs) latest[history.latestKeys.get(path) ?? path] = slug;
  const versionReleases: Record<string, Release> = {};
  const versions = history.versions.map((version) => {
    const slugs = versionSlugsByPath.get(version.slug);
    const docs: Record<string, string> = {};
    for (const doc of version.docs) docs[doc.key] = slugs?.get(doc.path) ?? doc.path;
    const release = history.versionReleases.get(version.name);
    if (release) versionReleases[version.slug] = release;
    return {
      name: version.name,
      slug: version.slug,
      source: version.source,
      date: version.date,
      commit: version.commit,
      docs,
    };
  });
  return {
    enabled: history.enabled,
    available: history.available,
    notes: history.notes,
    versions,
    latest,
    latestLabel: history.latestLabel,
    releases: history.releases,
    versionReleases,
    newestDate: history.newestDate,
  };
}
