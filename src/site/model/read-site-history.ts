import { buildChangelog, buildRangeRelease, pickRange } from '../../core/changelog/index.ts';
import { releaseVersions } from '../../core/changelog/release-versions.ts';
import type { Release } from '../../core/changelog/release.ts';
import type { ResolvedConfig } from '../../core/config/config-schema.ts';
import {
  loadDocHistory,
  loadVersion,
  readHistory,
  type History,
  type MetricSeries,
  type ReadHistoryOptions,
} from '../../core/history/index.ts';
import type { VersionSource } from '../../core/history/select-versions.ts';
import { parseSourceDoc } from '../../core/load/parse-source-doc.ts';
import type { Doc } from '../../core/model/doc.ts';
import { revisionItem, type RevisionItem } from './revision-item.ts';
import { versionSlugs } from './version-slugs.ts';

/** A doc of a version, with the body to render. */
export interface SiteVersionDoc {
  key: string;
  path: string;
  doc: Doc;
  /** The text after the frontmatter; '' when git could not give it or it is over the limits. */
  body: string;
}

/** A version other than latest, as the site shows it. */
export interface SiteVersion {
  name: string;
  /** URL segment: `/v/<slug>/`. */
  slug: string;
  source: VersionSource;
  /** `YYYY-MM-DD` of the commit. */
  date: string | null;
  /** Short commit id. */
  commit: string | null;
  /** Sorted by path. */
  docs: SiteVersionDoc[];
}

/** One latest doc's history, for its page. */
export interface SiteDocHistory {
  key: string;
  created: string | null;
  /** Newest first. */
  revisions: RevisionItem[];
  series: MetricSeries[];
}

/** Everything the site takes from git, read with one `readHistory`. */
export interface SiteHistory {
  /** False when history is turned off (`history: false`): no sections, no notes. */
  enabled: boolean;
  /** Whether git gave any commit; without, pages say so with {@link notes}. */
  available: boolean;
  /** What history could not see, in plain sentences. */
  notes: string[];
  /** Versions other than latest, in history order. */
  versions: SiteVersion[];
  /** Latest doc path → stable key. */
  latestKeys: Map<string, string>;
  /** Latest doc path → its history. */
  docHistories: Map<string, SiteDocHistory>;
  /** Every release, newest first. */
  releases: Release[];
  /** The release leading to each version, by version name. */
  versionReleases: Map<string, Release>;
  /** What "latest" is called in banners: the newest version's name when the working tree equals it. */
  latestLabel: string;
  /** `YYYY-MM-DD` of the newest commit, or null. */
  newestDate: string | null;
}

/** A site without history: turned off, or before anything was read. */
export function emptySiteHistory(enabled: boolean, notes: string[] = []): SiteHistory {
  return {
    enabled,
    available: false,
    notes,
    versions: [],
    latestKeys: new Map(),
    docHistories: new Map(),
    releases: [],
    versionReleases: new Map(),
    latestLabel: 'the current docs',
    newestDate: null,
  };
}

/**
 * Read the content root's history once and take from it what the site
 * shows: each version's docs with their bodies (each distinct blob read and
 * parsed once), each latest doc's revisions and metric series, and the
 * changelog. Closes git before returning.
 */
export async function readSiteHistory(
  root: string,
  config: ResolvedConfig,
  options: ReadHistoryOptions = {},
): Promise<SiteHistory> {
  const history = await readHistory(root, config, options);
  try {
    return await collect(history, config);
  } finally {
    await history.close();
  }
}

async function collect(history: History, config: ResolvedConfig): Promise<SiteHistory> {
  const result = emptySiteHistory(true, [...history.notes]);
  try {
    return await fill(result, history, config);
  } finally {
    // Past versions git cannot give are noted as they are read.
    result.notes = [...history.notes];
  }
}

async function fill(
  result: SiteHistory,
  history: History,
  config: ResolvedConfig,
): Promise<SiteHistory> {
  const latest = history.versions.find((version) => version.source === 'working-tree');
  for (const doc of latest?.docs ?? []) result.latestKeys.set(doc.path, doc.key);
  if (history.commits.length === 0) return result;
  result.available = true;
  result.newestDate = history.commits.at(-1)?.date.slice(0, 10) ?? null;

  const lines = new Map(history.docs.map((line) => [line.key, line]));
  for (const [path, key] of result.latestKeys) {
    const line = lines.get(key);
    if (!line) continue;
    const view = await loadDocHistory(history, line);
    result.docHistories.set(path, {
      key,
      created: view.created,
      revisions: view.revisions.map(revisionItem).reverse(),
      series: view.series,
    });
  }

  const bodies = new Map<string, Promise<string>>();
  const bodyOf = (blob: string, path: string): Promise<string> => {
    const id = `${blob}\u0000${path}`;
    let body = bodies.get(id);
    if (!body) {
      body = readBody(history, blob, path, config);
      bodies.set(id, body);
    }
    return body;
  };
  const named = history.versions.filter((version) => version.source !== 'working-tree');
  const slugs = versionSlugs(named.map((version) => version.name));
  for (const [index, version] of named.entries()) {
    const loaded = await loadVersion(history, version);
    const docs: SiteVersionDoc[] = [];
    for (const doc of loaded) {
      docs.push({
        key: doc.key,
        path: doc.path,
        doc: doc.snapshot.doc,
        body: await bodyOf(doc.blob, doc.path),
      });
    }
    result.versions.push({
      name: version.name,
      slug: slugs[index] ?? version.name,
      source: version.source,
      date: version.date,
      commit: version.commit?.short ?? null,
      docs,
    });
    const range = pickRange(history.versions, undefined, version.name);
    if (typeof range !== 'string') {
      result.versionReleases.set(version.name, await buildRangeRelease(history, range));
    }
  }
  result.releases = await buildChangelog(history);
  const walked = releaseVersions(history.versions);
  const newest = walked.at(-1);
  if (newest && newest.source !== 'working-tree') result.latestLabel = newest.name;
  return result;
}

/** The body of a doc at a blob: decoded, frontmatter split off, with the same limits as `check`. */
async function readBody(
  history: History,
  blob: string,
  path: string,
  config: ResolvedConfig,
): Promise<string> {
  const bytes = await history.store.read(blob);
  if (!bytes) return '';
  // A file over the limits comes back empty, as `check` and the latest pages treat it.
  const source = parseSourceDoc(path, bytes, history.root, config.limits);
  return source.text.slice(source.bodyOffset);
}
