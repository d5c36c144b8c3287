import { getCollection, getEntry } from 'astro:content';
import { HISTORY_INDEX_ID } from '../history-loaders.ts';
import type { DocView } from '../model/doc-view.ts';
import type { HistoryIndex } from '../model/history-index.ts';
import type { RevisionItem } from '../model/revision-item.ts';
import type { MetricSeries } from '../../core/history/index.ts';
import { oncePerBuild } from './once-per-build.ts';

/** A latest doc's history, as the `docHistory` collection keeps it. */
export interface DocHistoryData {
  key: string;
  created: string | null;
  /** Newest first. */
  revisions: RevisionItem[];
  series: MetricSeries[];
}

/** A doc of a version, as the `versionDocs` collection keeps it. */
export interface VersionDocEntry {
  id: string;
  /** `body`: the key of its body in `versionBodies`. */
  data: { version: string; key: string; doc: DocView; body: string };
}

/** A body of some version, its relative links still marks (see `fillTemplate`). */
export interface VersionBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  titleId: string | null;
}

/** The history index: versions, where docs are in each, the changelog; read once per build (every doc page asks). */
export const getHistoryIndex = oncePerBuild(async (): Promise<HistoryIndex> => {
  const entry = (await getEntry('statusdocsHistory', HISTORY_INDEX_ID)) as
    { data: HistoryIndex } | undefined;
  if (!entry) {
    // Its loader always writes the one entry: the collections are not in the content config.
    throw new Error(
      'The statusdocs collections are missing: add `...statusdocsCollections` (from `statusdocs/astro`) to `collections` in src/content.config.ts',
    );
  }
  return entry.data;
});

/** The history of the latest doc whose page is `slug`. */
export async function getDocHistory(slug: string): Promise<DocHistoryData | undefined> {
  const entry = (await getEntry('statusdocsDocHistory', slug)) as
    { data: DocHistoryData } | undefined;
  return entry?.data;
}

/** The body kept under `key` in `versionBodies`. */
export async function getVersionBody(key: string): Promise<VersionBody | undefined> {
  const entry = (await getEntry('statusdocsVersionBodies', key)) as
    { data: VersionBody } | undefined;
  return entry?.data;
}

/** Every doc of every version; call only when there are versions (an empty collection warns). */
export const getVersionDocs = oncePerBuild(
  async (): Promise<VersionDocEntry[]> =>
    (await getCollection('statusdocsVersionDocs')) as VersionDocEntry[],
);
