import type { CheckResult } from '../../core/check/check-result.ts';
import { buildDocViews, buildViewContext, type ViewContext } from './build-doc-views.ts';
import type { DocView } from './doc-view.ts';
import type { SiteVersion } from './read-site-history.ts';

/** The pages of one version: its docs' views, and links resolved inside the version. */
export interface VersionViews {
  context: ViewContext;
  /** In the order of `version.docs` (by path). */
  views: DocView[];
}

/** Where a version's pages live: `<base>v/<slug>/`. */
export function versionBase(base: string, slug: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}v/${slug}/`;
}

/**
 * The views of a version's docs, built by the same code as latest's with
 * the version's own base, so relations and links stay inside the version.
 * Findings are not kept for old versions (they are about the docs as they
 * are now), so every count is zero. Pure.
 */
export function buildVersionViews(version: SiteVersion, base: string): VersionViews {
  const result: CheckResult = {
    root: '',
    files: version.docs.map((doc) => ({ path: doc.path, doc: doc.doc, messages: [] })),
  };
  const context = buildViewContext(result, versionBase(base, version.slug));
  return { context, views: buildDocViews(result, context) };
}
