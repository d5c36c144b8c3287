import type { CheckedProject } from '../../core/check/check-project.ts';
import type { SiteOptions } from '../options.ts';
import { createRenderCache, type RenderCache } from '../render/render-template.ts';
import { buildViewContext, type ViewContext } from './build-doc-views.ts';
import { emptySiteHistory, readSiteHistory, type SiteHistory } from './read-site-history.ts';
import { buildVersionViews, type VersionViews } from './version-views.ts';

/** What every collection of the site is built from, read once per sync. */
export interface SiteData {
  check: CheckedProject;
  history: SiteHistory;
  /** Slugs, index and URLs of the latest docs. */
  latest: ViewContext;
  /** The views of each version, in the order of `history.versions`. */
  versions: VersionViews[];
  /** Shared by latest and every version: each distinct body is rendered once. */
  renders: RenderCache;
  /** Milliseconds spent reading history, for the log. */
  historyMs: number;
}

let current: { options: SiteOptions; data: Promise<SiteData> } | undefined;

/**
 * The check result and the git history of the site, shared by the content
 * loaders: Astro runs them side by side, and the first to ask starts the
 * work the others wait for, so the project is checked once and git is read
 * once (one `readHistory`). `fresh` starts over, for a dev-server reload.
 */
export function loadSiteData(options: SiteOptions, fresh = false): Promise<SiteData> {
  if (!fresh && current?.options === options) return current.data;
  const data = readSiteData(options, fresh);
  current = { options, data };
  return data;
}

async function readSiteData(options: SiteOptions, fresh: boolean): Promise<SiteData> {
  // A reload in dev checks again; a build uses the project `statusdocs build` checked.
  const check = !fresh && options.checked ? options.checked : await checkAgain(options);
  const started = performance.now();
  const history = options.history
    ? await readSiteHistory(options.contentRoot, options.config)
    : emptySiteHistory(false);
  return {
    check,
    history,
    latest: buildViewContext(check.result, options.base),
    versions: history.versions.map((version) => buildVersionViews(version, options.base)),
    renders: createRenderCache(),
    historyMs: Math.round(performance.now() - started),
  };
}

/**
 * Check the project here: on a dev reload, or in a host's `astro build`.
 * The checker is loaded only then, so the content sync of `statusdocs build`,
 * which hands over the project it checked, never compiles it (about half
 * the modules the content config would reach).
 */
async function checkAgain(options: SiteOptions): Promise<CheckedProject> {
  const { checkProject } = await import('../../core/check/check-project.ts');
  return checkProject(options.contentRoot, options.config, options.today, {
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
    evidence: {
      cwd: options.evidenceRoot,
      files: options.evidenceFiles,
      globs: options.config.evidence ?? [],
    },
  });
}
