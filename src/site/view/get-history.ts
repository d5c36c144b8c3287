import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { HISTORY_INDEX_ID } from '../history-loaders.ts';
import type { DocHistoryData, VersionBody } from '../model/collection-schemas.ts';
import type { HistoryIndex } from '../model/history-index.ts';
import { oncePerBuild } from './once-per-build.ts';

export type { DocHistoryData, VersionBody };

/** A doc of a version, as the `versionDocs` collection keeps it. */
export type VersionDocEntry = CollectionEntry<'statusdocsVersionDocs'>;

/** The history index: versions, where docs are in each, the changelog; read once per build (every doc page asks). */
export const getHistoryIndex = oncePerBuild(async (): Promise<HistoryIndex> => {
  const entry = await getEntry('statusdocsHistory', HISTORY_INDEX_ID);
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
  return (await getEntry('statusdocsDocHistory', slug))?.data;
}

/** The body kept under `key` in `versionBodies`. */
export async function getVersionBody(key: string): Promise<VersionBody | undefined> {
  return (await getEntry('statusdocsVersionBodies', key))?.data;
}

/** Every doc of every version; call only when there are versions (an empty collection warns). */
export const getVersionDocs = oncePerBuild(async (): Promise<VersionDocEntry[]> =>
  getCollection('statusdocsVersionDocs'),
);
