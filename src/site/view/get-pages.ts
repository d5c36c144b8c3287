import options from 'virtual:statusdocs/options';
import { z } from 'zod';
import { headingSchema, type VersionBody } from '../model/collection-schemas.ts';
import { fillTemplate } from '../render/render-template.ts';
import { buildDashboard } from './dashboard.ts';
import { buildDashboardPage, type DashboardPage } from './dashboard-page.ts';
import { buildDocIndexPage, type DocIndexPage } from './doc-index-page.ts';
import { buildDocPage, type DocPage } from './doc-page.ts';
import { getDocs, type DocEntry } from './get-docs.ts';
import {
  getDocHistory,
  getHistoryIndex,
  getVersionBody,
  type VersionDocEntry,
} from './get-history.ts';
import { buildReleaseView, type ReleaseView } from './release-view.ts';
import {
  latestContext,
  versionBanner,
  versionContext,
  type VersionBannerView,
} from './version-context.ts';
import type { VersionPage } from './version-pages.ts';

/** What the docs loader keeps beside a body's HTML. */
const renderedMetadataSchema = z.object({
  headings: z.array(headingSchema).catch([]),
  titleId: z.string().nullable().catch(null),
});

/** The page of a latest doc. */
export async function getLatestDocPage(entry: DocEntry): Promise<DocPage> {
  const index = await getHistoryIndex();
  const history = await getDocHistory(entry.data.slug);
  const { headings, titleId } = renderedMetadataSchema.parse(entry.rendered?.metadata ?? {});
  const body: VersionBody = { html: entry.rendered?.html ?? '', headings, titleId };
  return buildDocPage({
    doc: entry.data,
    body,
    context: latestContext(index, options.base),
    key: history?.key,
    history,
  });
}

/** The page of a doc as it was in a version: its body's links lead to that version's pages. */
export async function getVersionDocPage(
  page: VersionPage,
  entry: VersionDocEntry,
): Promise<DocPage> {
  const { doc, key } = entry.data;
  // Bodies are stored once for all versions; links lead to this version's pages.
  const stored = await getVersionBody(entry.data.body);
  const body: VersionBody = stored
    ? { ...stored, html: fillTemplate(stored.html, page.linksFrom(doc.path)) }
    : { html: '', headings: [], titleId: null };
  return buildDocPage({
    doc,
    body,
    context: versionContext(page.version, page.index, options.base),
    key,
  });
}

/** Latest's dashboard, with its tracker's own history. */
export async function getLatestDashboardPage(): Promise<DashboardPage> {
  const docs = await getDocs();
  const index = await getHistoryIndex();
  const tracker = buildDashboard(docs).tracker;
  const history = tracker ? await getDocHistory(tracker.slug) : undefined;
  return buildDashboardPage(docs, latestContext(index, options.base), options.siteTitle, history);
}

/** A version's dashboard. */
export function getVersionDashboardPage(page: VersionPage): DashboardPage {
  const context = versionContext(page.version, page.index, options.base);
  return buildDashboardPage(page.docs, context, options.siteTitle);
}

/** Latest's list of every doc. */
export async function getLatestDocIndexPage(): Promise<DocIndexPage> {
  const context = latestContext(await getHistoryIndex(), options.base);
  return buildDocIndexPage(await getDocs(), context);
}

/** A version's list of every doc. */
export function getVersionDocIndexPage(page: VersionPage): DocIndexPage {
  return buildDocIndexPage(page.docs, versionContext(page.version, page.index, options.base));
}

/** A version's changelog page: the release that led to it. */
export function getVersionChangelogPage(page: VersionPage): {
  name: string;
  home: string;
  banner: VersionBannerView | null;
  release: ReleaseView | undefined;
  /** Every release, on latest's changelog. */
  allUrl: string;
} {
  const context = versionContext(page.version, page.index, options.base);
  const release = page.index.versionReleases[page.version.slug];
  const allUrl = `${options.base}changelog/`;
  return {
    name: page.version.name,
    home: context.home,
    banner: versionBanner(context, allUrl),
    release: release ? buildReleaseView(release, page.index, options.base) : undefined,
    allUrl,
  };
}
