import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { DocView } from '../model/doc-view.ts';
import { oncePerBuild } from './once-per-build.ts';

/** A doc entry as stored by the loader: its view model, and its rendered body. */
export type DocEntry = CollectionEntry<'statusdocsDocs'>;

/** Every doc entry, for `getStaticPaths`; shared by every page of a build. */
export const getDocEntries = oncePerBuild(async (): Promise<DocEntry[]> =>
  getCollection('statusdocsDocs'),
);

/** Every doc's view model, sorted by path: a new array each call, which callers may sort. */
export async function getDocs(): Promise<DocView[]> {
  const entries = await getDocEntries();
  return entries.map((entry) => entry.data).sort((a, b) => a.path.localeCompare(b.path));
}

export { render };
