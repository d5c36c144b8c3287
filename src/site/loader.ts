import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkProject } from '../core/check/check-project.ts';
import type { SourceDoc } from '../core/load/source-doc.ts';
import { buildDocViews, buildViewContext, type ViewContext } from './model/build-doc-views.ts';
import { docLinkRewriter } from './model/doc-link-rewriter.ts';
import { docViewSchema, type DocView } from './model/doc-view.ts';
import type { SiteOptions } from './options.ts';
import type { Heading } from './render/add-heading-ids.ts';
import { renderBody } from './render/render-body.ts';

/** Bumped when rendering changes, so cached HTML from an older build is not reused. */
const RENDER_VERSION = 1;

/**
 * The content loader of the `docs` collection: one entry per status doc,
 * keyed by its slug. It checks the project once, builds each doc's view
 * model, and renders its body with satteri; a body whose inputs did not
 * change since the last sync keeps its HTML. In dev, it syncs again when a
 * Markdown file under the content root changes.
 */
export function statusdocsLoader(options: SiteOptions): Loader {
  return {
    name: 'statusdocs',
    schema: docViewSchema,
    async load(context) {
      await syncDocs(context, options);
      watchContent(context, options);
    },
  };
}

async function syncDocs(context: LoaderContext, options: SiteOptions): Promise<void> {
  const { store, config } = context;
  const generateDigest = context.generateDigest.bind(context);
  const started = performance.now();
  const { result, sources } = await checkProject(
    options.contentRoot,
    options.config,
    options.today,
  );
  const sourceByPath = new Map(sources.map((source) => [source.path, source]));
  const viewContext = buildViewContext(result, config.base);
  const views = buildDocViews(result, viewContext);
  // Links in every body depend on where each doc lives, so a move re-renders all.
  const linkDigest = generateDigest(Object.fromEntries(viewContext.slugs));
  let rendered = 0;
  for (const view of views) {
    const source = sourceByPath.get(view.path);
    const body = source ? bodyOf(source) : '';
    const renderKey = generateDigest({
      version: RENDER_VERSION,
      body,
      path: view.path,
      title: view.title,
      trustHtml: options.trustHtml,
      base: config.base,
      linkDigest,
    });
    const previous: RenderedEntry | undefined = store.get(view.slug)?.rendered;
    const reuse = previous !== undefined && previous.metadata?.renderKey === renderKey;
    const html = reuse ? previous : renderEntry(body, view, viewContext, options, renderKey);
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
    `Loaded ${views.length} docs (${rendered} rendered, ${views.length - rendered} cached) in ${ms} ms`,
  );
}

/** A rendered body as the store keeps it; `render(entry)` serves its HTML. */
interface RenderedEntry {
  html: string;
  metadata?: { headings?: Heading[]; titleId?: string | null; renderKey?: unknown };
}

function renderEntry(
  body: string,
  view: DocView,
  viewContext: ViewContext,
  options: SiteOptions,
  renderKey: string,
): RenderedEntry {
  const { html, headings, titleId } = renderBody(body, {
    trustHtml: options.trustHtml,
    title: view.title,
    rewriteLink: docLinkRewriter(view.path, viewContext.index, viewContext.urlOf),
  });
  return { html, metadata: { headings, titleId, renderKey } };
}

/** The doc's text after its frontmatter. */
function bodyOf(source: SourceDoc): string {
  return source.text.slice(source.frontmatter?.bodyOffset ?? 0);
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
      .then(() => syncDocs(context, options))
      .catch((error: unknown) => {
        context.logger.error(`Cannot reload the docs: ${(error as Error).message}`);
      });
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}
