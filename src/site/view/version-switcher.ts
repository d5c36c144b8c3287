import { docUrl } from '../model/doc-slugs.ts';
import type { HistoryIndex, VersionEntry } from '../model/history-index.ts';
import { versionBase } from '../model/version-views.ts';

/** One link of a version switcher. */
export interface SwitcherItem {
  /** `latest`, `v1`, `2025-03`. */
  label: string;
  /** `YYYY-MM-DD` of the version; null for latest. */
  date: string | null;
  /** The doc's page in that version, or the version's dashboard when the doc was not there. */
  url: string;
  /** Whether the doc exists in that version. */
  present: boolean;
  /** Whether this is the version being viewed. */
  current: boolean;
}

/**
 * The switcher of the doc `key`, newest first (latest, then each version):
 * each link keeps the reader on the same doc under the path it had then
 * (renames are followed through the doc's stable key), or falls back to
 * that version's dashboard. `current` is the version slug being viewed,
 * null for latest. Pure.
 */
export function buildSwitcher(
  index: HistoryIndex,
  key: string,
  base: string,
  current: string | null,
): SwitcherItem[] {
  const latestSlug = index.latest[key];
  const items: SwitcherItem[] = [
    {
      label: 'latest',
      date: null,
      url: latestSlug === undefined ? base : docUrl(base, latestSlug),
      present: latestSlug !== undefined,
      current: current === null,
    },
  ];
  for (const version of [...index.versions].reverse()) {
    const slug = version.docs[key];
    const home = versionBase(base, version.slug);
    items.push({
      label: version.name,
      date: version.date,
      url: slug === undefined ? home : docUrl(home, slug),
      present: slug !== undefined,
      current: current === version.slug,
    });
  }
  return items;
}

/** The version served at `/v/<slug>/`. */
export function findVersion(index: HistoryIndex, slug: string): VersionEntry | undefined {
  return index.versions.find((version) => version.slug === slug);
}
