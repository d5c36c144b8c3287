import { getCollection, render } from 'astro:content';
import type { DocView } from '../model/doc-view.ts';
import { oncePerBuild } from './once-per-build.ts';

/** A doc entry as stored by the loader. */
export interface DocEntry {
  id: string;
  data: DocView;
  /** The content store's digest of the entry (its data and render inputs). */
  digest?: string | number;
  rendered?: { html: string; metadata?: { titleId?: string | null } };
}

/** Every doc entry, for `getStaticPaths`; shared by every page of a build. */
export const getDocEntries = oncePerBuild(
  async (): Promise<DocEntry[]> => (await getCollection('statusdocsDocs')) as DocEntry[],
);

/** Every doc's view model, sorted by path: a new array each call, which callers may sort. */
export async function getDocs(): Promise<DocView[]> {
  const entries = await getDocEntries();
  return entries.map((entry) => entry.data).sort((a, b) => a.path.localeCompare(b.path));
}

export { render };
