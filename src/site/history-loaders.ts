import type { Loader, LoaderContext } from 'astro/loaders';
import { docLinkRewriter } from './model/doc-link-rewriter.ts';
import { buildHistoryIndex } from './model/history-index.ts';
import { loadSiteData, type SiteData } from './model/site-data.ts';
import type { SiteOptions } from './options.ts';
import { fillTemplate } from './render/render-template.ts';

/** Id of the one entry of the `history` collection. */
export const HISTORY_INDEX_ID = 'site';

/** The `history` collection: one entry, the {@link HistoryIndex} every page reads. */
export function historyIndexLoader(options: SiteOptions): Loader {
  return {
    name: 'statusdocs-history',
    async load(context) {
      const data = await loadSiteData(options);
      const latestSlugs = data.latest.slugs;
      const versionSlugs = new Map(
        data.history.versions.map((version, index) => [
          version.slug,
          data.versions[index]?.context.slugs ?? new Map<string, string>(),
        ]),
      );
      const index = buildHistoryIndex(data.history, latestSlugs, versionSlugs);
      replaceAll(context, [{ id: HISTORY_INDEX_ID, data: { ...index } }]);
    },
  };
}

/**
 * The `docHistory` collection: one entry per latest doc, by its slug, so a
 * doc page finds its revisions and series without a lookup that can miss.
 */
export function docHistoryLoader(options: SiteOptions): Loader {
  return {
    name: 'statusdocs-doc-history',
    async load(context) {
      const data = await loadSiteData(options);
      const entries = [...data.latest.slugs].map(([path, slug]) => {
        const history = data.history.docHistories.get(path);
        return {
          id: slug,
          data: {
            key: data.history.latestKeys.get(path) ?? path,
            created: history?.created ?? null,
            revisions: history?.revisions ?? [],
            series: history?.series ?? [],
          },
        };
      });
      replaceAll(context, entries);
    },
  };
}

/**
 * The `versionDocs` collection: one entry per doc of each version, by
 * `<version>/<doc slug>`. Bodies come from the render cache shared with
 * latest, so a blob in many versions is rendered once; only its links,
 * which lead to pages of the version, are filled in per version.
 */
export function versionDocsLoader(options: SiteOptions): Loader {
  return {
    name: 'statusdocs-version-docs',
    async load(context) {
      const data = await loadSiteData(options);
      replaceAll(context, versionEntries(data, options));
    },
  };
}

function versionEntries(data: SiteData, options: SiteOptions): Entry[] {
  const entries: Entry[] = [];
  data.history.versions.forEach((version, index) => {
    const views = data.versions[index];
    if (!views) return;
    version.docs.forEach((doc, docIndex) => {
      const view = views.views[docIndex];
      if (!view) return;
      const template = data.renders.get(doc.body, {
        title: view.title,
        trustHtml: options.trustHtml,
      });
      const rewrite = docLinkRewriter(doc.path, views.context.index, views.context.urlOf);
      entries.push({
        id: `${version.slug}/${view.slug}`,
        data: { version: version.slug, key: doc.key, doc: view },
        rendered: {
          html: fillTemplate(template.html, rewrite),
          metadata: { headings: template.headings, titleId: template.titleId },
        },
      });
    });
  });
  return entries;
}

interface Entry {
  id: string;
  data: Record<string, unknown>;
  rendered?: { html: string; metadata: Record<string, unknown> };
}

/** Make the collection hold exactly `entries`. */
function replaceAll(context: LoaderContext, entries: readonly Entry[]): void {
  const { store } = context;
  const keep = new Set(entries.map((entry) => entry.id));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  for (const entry of entries) {
    store.set({
      id: entry.id,
      data: entry.data,
      digest: context.generateDigest({ data: entry.data, html: entry.rendered?.html ?? '' }),
      ...(entry.rendered ? { rendered: entry.rendered } : {}),
    });
  }
}
