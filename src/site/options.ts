import path from 'node:path';
import type { ResolvedConfig } from '../core/config/config-schema.ts';

/** When a site build fails because of findings in the docs. */
export type FailOn = 'error' | 'warning' | 'never';

/** Options of the `statusdocs()` Astro integration. */
export interface StatusdocsOptions {
  /**
   * Folder of the status docs, relative to the project root. Default: the
   * `STATUSDOCS_CONTENT` environment variable, else the config's `content`
   * (`content`).
   */
  content?: string;
  /**
   * Fail `astro build` when a doc has a finding of this severity or worse:
   * `error`, `warning`, or `never`. Default `error`.
   */
  failOn?: FailOn;
  /**
   * Print the check report during `astro build`. Default `true`. With
   * `failOn: 'never'` and `report: false` the build skips its own check
   * (`statusdocs build` checks and reports before building).
   */
  report?: boolean;
  /**
   * Render raw HTML in docs as written instead of sanitizing it. Turn on only
   * when every author of the docs is trusted. Default `false`.
   */
  trustHtml?: boolean;
  /**
   * Index the doc pages with Pagefind after `astro build`, for the `/search/`
   * page. Default `true`.
   */
  search?: boolean;
  /**
   * Folder to read the statusdocs config from (`statusdocs.config.*`,
   * `package.json#statusdocs`), relative to the project root. Default: the
   * project root. `statusdocs build` sets it to where it runs.
   */
  configRoot?: string;
  /** A config file to use instead of looking one up, relative to `configRoot`. */
  configFile?: string;
  /**
   * Read git history for revision histories, trend charts, versions under
   * `/v/<name>/` and the changelog. Default `true`; without git the site
   * builds from the working tree alone, with a note.
   */
  history?: boolean;
  /**
   * Folder of the per-doc check cache, relative to the project root; the
   * same cache `statusdocs check` keeps, so a build after a check (or a
   * second build) re-checks only the docs that changed. Default
   * `.statusdocs/cache` (safe to delete); `false` checks every doc afresh.
   */
  cacheDir?: string | false;
}

/** What the content loader needs, resolved once by the integration. */
export interface SiteOptions {
  /** Absolute path of the content root. */
  contentRoot: string;
  /** The statusdocs configuration. */
  config: ResolvedConfig;
  trustHtml: boolean;
  /** `YYYY-MM-DD` the docs are checked against (the `stale` rule). */
  today: string;
  /** Site title, from the config's `site.title`. */
  siteTitle: string;
  /**
   * The base path pages link under, with a trailing slash (`/`, `/team/`):
   * Astro's `base`, else the config's `site.base`. Pages read it here rather
   * than from `import.meta.env.BASE_URL`, which a `BASE_URL` environment
   * variable can override.
   */
  base: string;
  /** Whether history is read from git (the `history` option). */
  history: boolean;
  /** Absolute folder of the per-doc check cache; none when absent. */
  cacheDir?: string;
  /**
   * Absolute folder CI artifacts (config `evidence`, the common locations)
   * are found from: `configRoot`, else the project root.
   */
  evidenceRoot: string;
}

/**
 * Resolve the integration's options: the content root is the `content`
 * option, else `STATUSDOCS_CONTENT`, else the config's `content`, relative
 * to the project root. `STATUSDOCS_TODAY` pins today, as for the CLI.
 */
export function resolveSiteOptions(input: {
  options: StatusdocsOptions;
  config: ResolvedConfig;
  projectRoot: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Astro's `base`. */
  base?: string;
  now?: Date;
}): SiteOptions {
  const { options, config, projectRoot, env } = input;
  const base = input.base === undefined || input.base === '/' ? config.site.base : input.base;
  const content = options.content ?? (env.STATUSDOCS_CONTENT || undefined) ?? config.content;
  const pinned = env.STATUSDOCS_TODAY;
  const today =
    pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)
      ? pinned
      : (input.now ?? new Date()).toISOString().slice(0, 10);
  const cacheDir = options.cacheDir ?? path.join('.statusdocs', 'cache');
  return {
    ...(cacheDir === false ? {} : { cacheDir: path.resolve(projectRoot, cacheDir) }),
    contentRoot: path.resolve(projectRoot, content),
    config,
    trustHtml: options.trustHtml ?? false,
    today,
    siteTitle: config.site.title,
    base: base.endsWith('/') ? base : `${base}/`,
    history: options.history ?? true,
    evidenceRoot:
      options.configRoot === undefined
        ? projectRoot
        : path.resolve(projectRoot, options.configRoot),
  };
}
