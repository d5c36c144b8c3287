import type { Loader, LoaderContext } from 'astro/loaders';
import { buildHistoryIndex } from './model/history-index.ts';
import { loadSiteData, type SiteData } from './model/site-data.ts';
import type { SiteOptions } from './options.ts';

/** Id of the one entry of the `history` collection. */
export const HISTORY_INDEX_ID = 'site';

/** The `history` collection: one entry, the {@link HistoryIndex} every page reads. */
export function historyIndexLoader(getOptions: () => SiteOptions): Loader {
  return siteDataLoader('statusdocs-history', getOptions, (data) => {
    const versionSlugs = new Map(
      data.history.versions.map((version, index) => [
        version.slug,
        data.versions[index]?.context.slugs ?? new Map<string, string>(),
      ]),
    );
    const index = buildHistoryIndex(data.history, data.latest.slugs, versionSlugs);
    return [{ id: HISTORY_INDEX_ID, data: { ...index } }];
  });
}

/**
 * The `docHistory` collection: one entry per latest doc, by its slug, so a
 * doc page finds its revisions and series without a lookup that can miss.
 */
export function docHistoryLoader(getOptions: () => SiteOptions): Loader {
  return siteDataLoader('statusdocs-doc-history', getOptions, (data) =>
    [...data.latest.slugs].map(([path, slug]) => {
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
    }),
  );
}

/**
 * The `versionDocs` collection: one entry per doc of each version, by
 * `<version>/<doc slug>`, naming its body in `versionBodies` by key.
 */
export function versionDocsLoader(getOptions: () => SiteOptions): Loader {
  return siteDataLoader(
    'statusdocs-version-docs',
    getOptions,
    (data, options) => versionTemplates(data, options).docs,
  );
}

/**
 * The `versionBodies` collection: each distinct body of all versions once,
 * rendered once (the render cache is shared with latest), its relative links
 * still marks that the version's page fills in. A body kept by ten versions
 * is stored once, not ten times: a store of every version's HTML grew too
 * big for Astro to load quickly.
 */
export function versionBodiesLoader(getOptions: () => SiteOptions): Loader {
  return siteDataLoader(
    'statusdocs-version-bodies',
    getOptions,
    (data, options) => versionTemplates(data, options).bodies,
  );
}

/** A loader whose collection holds exactly the entries `entriesOf` derives from the site data. */
function siteDataLoader(
  name: string,
  getOptions: () => SiteOptions,
  entriesOf: (data: SiteData, options: SiteOptions) => readonly Entry[],
): Loader {
  return {
    name,
    async load(context) {
      const options = getOptions();
      replaceAll(context, entriesOf(await loadSiteData(options), options));
    },
  };
}

function versionTemplates(
  data: SiteData,
  options: SiteOptions,
): { docs: Entry[]; bodies: Entry[] } {
  const docs: Entry[] = [];
  const bodies = new Map<string, Entry>();
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
      docs.push({
        id: `${version.slug}/${view.slug}`,
        data: { version: version.slug, key: doc.key, doc: view, body: template.key },
      });
      if (!bodies.has(template.key)) {
        const { html, headings, titleId } = template;
        bodies.set(template.key, { id: template.key, data: { html, headings, titleId } });
      }
    });
  });
  return { docs, bodies: [...bodies.values()] };
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
