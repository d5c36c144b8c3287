import { docUrl } from '../model/doc-slugs.ts';
import type { HistoryIndex, VersionEntry } from '../model/history-index.ts';
import { versionBase } from '../model/version-views.ts';

/**
 * Where a page stands: on latest (the working tree, at the site's root) or
 * in one version of the history (under `/v/<slug>/`). Latest and versions
 * render through the same page components; this is what tells them apart.
 */
export interface VersionContext {
  /** The version viewed; null on latest. */
  version: VersionEntry | null;
  index: HistoryIndex;
  /** The site's base path. */
  base: string;
  /** Root of this context's pages: the base on latest, `<base>v/<slug>/` in a version. */
  home: string;
}

/** The banner of a version's pages: which version this is, and the way back to latest. */
export interface VersionBannerView {
  name: string;
  date: string | null;
  /** What latest is called: the newest version's name, or "the current docs". */
  latestLabel: string;
  /** The same page on latest when there is one, else the dashboard. */
  latestUrl: string;
  /** This version's changelog page. */
  changelogUrl: string;
}

/** The context of latest's pages. */
export function latestContext(index: HistoryIndex, base: string): VersionContext {
  return { version: null, index, base, home: base };
}

/** The context of a version's pages. */
export function versionContext(
  version: VersionEntry,
  index: HistoryIndex,
  base: string,
): VersionContext {
  return { version, index, base, home: versionBase(base, version.slug) };
}

/** The banner of a version's page whose latest counterpart is `latestUrl`; none on latest. */
export function versionBanner(
  context: VersionContext,
  latestUrl: string,
): VersionBannerView | null {
  const { version, index, home } = context;
  if (!version) return null;
  return {
    name: version.name,
    date: version.date,
    latestLabel: index.latestLabel,
    latestUrl,
    changelogUrl: `${home}changelog/`,
  };
}

/** Latest's page of the doc `key`, else latest's dashboard. */
export function latestDocUrl(context: VersionContext, key: string): string {
  const slug = context.index.latest[key];
  return slug === undefined ? context.base : docUrl(context.base, slug);
}

/** A version as the list of versions shows it. */
export interface VersionRow {
  name: string;
  /** The version's dashboard. */
  url: string;
  /** `tag`, `named ref`, `snapshot`, `working tree`. */
  source: string;
  commit: string | null;
  date: string | null;
  docCount: number;
}

const SOURCE_LABEL = {
  tag: 'tag',
  ref: 'named ref',
  period: 'snapshot',
  'working-tree': 'working tree',
} as const;

/** Every version, newest first, for `/v/`. Pure. */
export function buildVersionRows(index: HistoryIndex, base: string): VersionRow[] {
  return [...index.versions].reverse().map((version) => ({
    name: version.name,
    url: versionBase(base, version.slug),
    source: SOURCE_LABEL[version.source],
    commit: version.commit,
    date: version.date,
    docCount: Object.keys(version.docs).length,
  }));
}
