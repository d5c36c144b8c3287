import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { verifyMetrics } from '../core/evidence/verify-metrics.ts';
import { repairMojibakeBody } from '../core/fix/repair-mojibake-text.ts';
import type { LoadedDoc } from '../core/load/source-doc.ts';
import type { Diagnostic } from '../core/diagnostics/report.ts';
import { buildDocViews, type ViewContext } from './model/build-doc-views.ts';
import { docLinkRewriter } from './model/doc-link-rewriter.ts';
import { buildLinkTargets } from './model/link-targets.ts';
import type { DocView } from './model/doc-view.ts';
import { loadSiteData } from './model/site-data.ts';
import type { SiteOptions } from './options.ts';
import type { Heading } from './render/add-heading-ids.ts';
import { fillTemplate, type RenderCache } from './render/render-template.ts';

/** Bumped when rendering changes, so cached HTML from an older build is not reused. */
const RENDER_VERSION = 4;

/**
 * The content loader of the `docs` collection: one entry per status doc,
 * keyed by its slug. It checks the project once, builds each doc's view
 * model, and renders its body with satteri; a body whose inputs did not
 * change since the last sync keeps its HTML. In dev, it syncs again when a
 * Markdown file under the content root changes.
 */
export function statusdocsLoader(getOptions: () => SiteOptions): Loader {
  return {
    name: 'statusdocs',
    async load(context) {
      const options = getOptions();
      await syncDocs(context, options, false);
      watchContent(context, options);
    },
  };
}

async function syncDocs(
  context: LoaderContext,
  options: SiteOptions,
  fresh: boolean,
): Promise<void> {
  const { store } = context;
  const generateDigest = context.generateDigest.bind(context);
  const started = performance.now();
  // Shared with the history collections: one check, one read of git.
  const site = await loadSiteData(options, fresh);
  // The check's own link graph: links resolve on the site as `check` resolved them.
  const { result, graph, facts } = site.check;
  const fileByPath = new Map(result.files.map((file) => [file.path, file]));
  const viewContext = site.latest;
  const views = buildDocViews(result, viewContext, {
    verdicts: facts.evidence ? verifyMetrics(result.files, facts.evidence) : [],
    renames: facts.renames,
    linkTargets: buildLinkTargets(graph),
  });
  // Links in every body depend on where each doc lives, so a move re-renders all.
  const linkDigest = generateDigest(Object.fromEntries(viewContext.slugs));
  let rendered = 0;
  for (const view of views) {
    const file = fileByPath.get(view.path);
    const body = file ? bodyOf(file.source, file.messages) : '';
    const renderKey = generateDigest({
      version: RENDER_VERSION,
      body,
      path: view.path,
      title: view.title,
      trustHtml: options.trustHtml,
      base: options.base,
      linkDigest,
    });
    const previous: RenderedEntry | undefined = store.get(view.slug)?.rendered;
    const reuse = previous !== undefined && previous.metadata?.renderKey === renderKey;
    const html = reuse
      ? previous
      : renderEntry(body, view, viewContext, { options, renders: site.renders, renderKey });
    if (!reuse) rendered++;
    const data = await context.parseData({
      id: view.slug,
      data: view,
    });
    store.set({ id: view.slug, data, digest: generateDigest({ data, renderKey }), rendered: html });
  }
  const keep = new Set(views.map((view) => view.slug));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  const ms = Math.round(performance.now() - started);
  context.logger.info(
    `Loaded ${views.length} docs (${rendered} rendered, ${views.length - rendered} cached) in ${ms} ms` +
      (site.history.enabled ? `; read history in ${site.historyMs} ms` : ''),
  );
}

/** A rendered body as the store keeps it; `render(entry)` serves its HTML. */
interface RenderedEntry {
  html: string;
  metadata?: { headings?: Heading[]; titleId?: string | null; renderKey?: unknown };
}

/** Render through the cache shared with the versions, then point the links at latest's pages. */
function renderEntry(
  body: string,
  view: DocView,
  viewContext: ViewContext,
  how: { options: SiteOptions; renders: RenderCache; renderKey: string },
): RenderedEntry {
  const template = how.renders.get(body, {
    title: view.title,
    trustHtml: how.options.trustHtml,
  });
  const rewrite = docLinkRewriter(view.path, viewContext.index, viewContext.urlOf);
  return {
    html: fillTemplate(template.html, rewrite),
    metadata: {
      headings: template.headings,
      titleId: template.titleId,
      renderKey: how.renderKey,
    },
  };
}

/** The doc's text after its frontmatter, certain mojibake repaired for the page. */
function bodyOf(source: LoadedDoc, messages: readonly Diagnostic[]): string {
  return repairMojibakeBody(source.text, source.bodyOffset, messages);
}

function watchContent(context: LoaderContext, options: SiteOptions): void {
  const { watcher } = context;
  if (!watcher) return;
  watcher.add(options.contentRoot);
  let queue = Promise.resolve();
  const onChange = (file: string): void => {
    const relative = path.relative(options.contentRoot, file);
    if (relative.startsWith('..') || !/\.(?:md|markdown)$/i.test(file)) return;
    queue = queue
      .then(() => syncDocs(context, options, true))
      .catch((error: unknown) => {
        context.logger.error(`Cannot reload the docs: ${(error as Error).message}`);
      });
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}
