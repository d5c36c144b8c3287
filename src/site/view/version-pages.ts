import { buildDocIndex } from '../model/doc-index.ts';
import { docLinkRewriter } from '../model/doc-link-rewriter.ts';
import type { DocView } from '../model/doc-view.ts';
import type { LinkRewriter } from '../render/rewrite-links.ts';
import type { HistoryIndex, VersionEntry } from '../model/history-index.ts';
import { getHistoryIndex, getVersionDocs, type VersionDocEntry } from './get-history.ts';

/** A version with its docs, for the pages under `/v/<slug>/`. */
export interface VersionPage {
  version: VersionEntry;
  index: HistoryIndex;
  /** Sorted by path. */
  docs: DocView[];
  entries: VersionDocEntry[];
  /** Where the relative links of the doc at `path` lead among this version's pages. */
  linksFrom: (path: string) => LinkRewriter;
}

/** Every version with its docs; none (and no store lookup) when there are no versions. */
export async function getVersionPages(): Promise<VersionPage[]> {
  const index = await getHistoryIndex();
  if (index.versions.length === 0) return [];
  const byVersion = new Map<string, VersionDocEntry[]>();
  for (const entry of await getVersionDocs()) {
    const list = byVersion.get(entry.data.version) ?? [];
    list.push(entry);
    byVersion.set(entry.data.version, list);
  }
  return index.versions.map((version) => {
    const entries = (byVersion.get(version.slug) ?? []).sort((a, b) =>
      a.data.doc.path < b.data.doc.path ? -1 : a.data.doc.path > b.data.doc.path ? 1 : 0,
    );
    const docs = entries.map((entry) => entry.data.doc);
    const docIndex = buildDocIndex(docs);
    const urls = new Map(docs.map((doc) => [doc.path, doc.url]));
    const urlOf = (path: string): string => urls.get(path) ?? path;
    const linksFrom = (path: string): LinkRewriter => docLinkRewriter(path, docIndex, urlOf);
    return { version, index, entries, docs, linksFrom };
  });
}

/** The paths of the pages made once per version (its dashboard, its docs index, its changelog). */
export async function getVersionPaths(): Promise<
  { params: { version: string }; props: { version: VersionPage } }[]
> {
  return (await getVersionPages()).map((version) => ({
    params: { version: version.version.slug },
    props: { version },
  }));
}
