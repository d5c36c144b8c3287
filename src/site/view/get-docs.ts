import { getCollection, render } from 'astro:content';
import type { DocView } from '../model/doc-view.ts';

/** Every doc's view model, sorted by path. */
export async function getDocs(): Promise<DocView[]> {
  const entries = (await getCollection('docs')) as { data: DocView }[];
  return entries.map((entry) => entry.data).sort((a, b) => a.path.localeCompare(b.path));
}

/** A doc entry as stored by the loader. */
export interface DocEntry {
  id: string;
  data: DocView;
  rendered?: { html: string; metadata?: { titleId?: string | null } };
}

/** Every doc entry, for `getStaticPaths`. */
export async function getDocEntries(): Promise<DocEntry[]> {
  return (await getCollection('docs')) as DocEntry[];
}

export { render };
