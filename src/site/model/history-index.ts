import { z } from 'zod';
import type { Release } from '../../core/changelog/release.ts';
import type { SiteHistory } from './read-site-history.ts';

/** A version as the pages list it, with where each of its docs is. */
export const versionEntrySchema = z.object({
  /** `v1`, `2025-03`, or a named ref. */
  name: z.string(),
  /** URL segment: `/v/<slug>/`. */
  slug: z.string(),
  /** Where the version comes from: a tag, a named ref, a period snapshot or the working tree. */
  source: z.enum(['tag', 'ref', 'period', 'working-tree']),
  /** `YYYY-MM-DD` of the version's commit, or null. */
  date: z.string().nullable(),
  /** Short commit id, or null. */
  commit: z.string().nullable(),
  /** Doc key → slug of its page in this version. */
  docs: z.record(z.string(), z.string()),
});

/** A changelog release: the core's `Release`, stored as the core built it (its one spelling). */
const releaseSchema = z.custom<Release>();

/**
 * What every page needs to know about history, stored as one entry: the
 * versions (for switchers and banners), where each doc is in each, and the
 * changelog. Plain data, so the content store can keep it.
 */
export const historyIndexSchema = z.object({
  /** Whether history is turned on for the site. */
  enabled: z.boolean(),
  /** Whether git could be read. */
  available: z.boolean(),
  /** What the reader should know about the history (shallow clone, read errors). */
  notes: z.array(z.string()),
  /** Versions other than latest, in history order. */
  versions: z.array(versionEntrySchema),
  /** Doc key → slug of its latest page. */
  latest: z.record(z.string(), z.string()),
  /** What latest is called: the newest version's name, or "the current docs". */
  latestLabel: z.string(),
  /** Every release, newest first. */
  releases: z.array(releaseSchema),
  /** The release leading to each version, by version slug. */
  versionReleases: z.record(z.string(), releaseSchema),
  /** `YYYY-MM-DD` of the newest commit, or null. */
  newestDate: z.string().nullable(),
});

/** A version as the pages list it. */
export type VersionEntry = z.infer<typeof versionEntrySchema>;
/** The history every page reads. */
export type HistoryIndex = z.infer<typeof historyIndexSchema>;

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
