import path from 'node:path';
import type { CheckedProject, ProjectCheck } from '../core/check/check-project.ts';
import type { ResolvedConfig } from '../core/config/config-schema.ts';

import type { FailOn } from '../core/report/fail-on.ts';

/** When a site build fails because of findings in the docs. */
export type { FailOn };

/** Options of the `statusdocs()` Astro integration. */
export interface StatusdocsOptions {
  /**
   * Folder of the status docs, relative to the project root. Default: the
   * `STATUSDOCS_CONTENT` environment variable, else the config's `content`
   * (`content`).
   */
  content?: string;
  /**
   * Path the statusdocs pages are served under, inside the site (and under
   * Astro's own `base`): every page, the 404 page, feeds, redirects and the
   * search index live below it. Default `/status/` in a host Astro or
   * Starlight site, so its own `/` and `/404` stay its own; statusdocs' own
   * site (`statusdocs build`) is always at `/`.
   */
  base?: string;
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
  /**
   * CI artifacts to hold metric claims against (JUnit XML, LCOV, Cobertura,
   * coverage JSON), relative to `configRoot`; `statusdocs build --evidence`
   * sets it. Default: the config's `evidence` globs, else the common
   * locations (`junit*.xml`, `coverage/lcov.info`, …).
   */
  evidence?: readonly string[];
  /**
   * For `statusdocs build`, which loads the config and checks the docs
   * before Astro runs: that config and checked project, so the build uses
   * them rather than loading and checking again.
   */
  checked?: ProjectCheck;
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
   * The base path pages link under, with a trailing slash (`/`, `/team/`,
   * `/team/status/`): Astro's `base` (else the config's `site.base`) and
   * then {@link routeBase}. Pages read it here rather than from
   * `import.meta.env.BASE_URL`, which a `BASE_URL` environment variable can
   * override.
   */
  base: string;
  /**
   * Where the statusdocs routes live inside the output folder, with leading
   * and trailing slashes: `/` for statusdocs' own site, the `base` option
   * (default `/status/`) in a host site.
   */
  routeBase: string;
  /** Whether the pages are added to a host site, whose own favicon and 404 page serve. */
  host: boolean;
  /** Whether history is read from git (the `history` option). */
  history: boolean;
  /** Absolute folder of the per-doc check cache; none when absent. */
  cacheDir?: string;
  /** The project `statusdocs build` checked, used instead of checking again (not on a dev reload). */
  checked?: CheckedProject;
  /**
   * Absolute folder CI artifacts (config `evidence`, the common locations)
   * are found from: `configRoot`, else the project root.
   */
  evidenceRoot: string;
  /** Artifacts named one by one (the `evidence` option), relative to `evidenceRoot`. */
  evidenceFiles: readonly string[];
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
  /** A host site (its pages elsewhere), rather than statusdocs' own site. */
  host?: boolean;
  now?: Date;
}): SiteOptions {
  const { options, config, projectRoot, env } = input;
  const siteBase = input.base === undefined || input.base === '/' ? config.site.base : input.base;
  const routeBase = input.host ? slashed(options.base ?? '/status/') : '/';
  const base = `${slashed(siteBase).slice(0, -1)}${routeBase}`;
  const content = options.content ?? (env.STATUSDOCS_CONTENT || undefined) ?? config.content;
  const pinned = env.STATUSDOCS_TODAY;
  const today =
    options.checked?.today ??
    (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)
      ? pinned
      : (input.now ?? new Date()).toISOString().slice(0, 10));
  const cacheDir = options.cacheDir ?? path.join('.statusdocs', 'cache');
  return {
    ...(cacheDir === false ? {} : { cacheDir: path.resolve(projectRoot, cacheDir) }),
    ...(options.checked ? { checked: options.checked.project } : {}),
    contentRoot: path.resolve(projectRoot, content),
    config,
    trustHtml: options.trustHtml ?? false,
    today,
    siteTitle: config.site.title,
    base,
    routeBase,
    host: input.host ?? false,
    history: options.history ?? true,
    evidenceRoot:
      options.configRoot === undefined
        ? projectRoot
        : path.resolve(projectRoot, options.configRoot),
    evidenceFiles: options.evidence ?? [],
  };
}

/** A URL path with one leading and one trailing slash: `status` → `/status/`. */
function slashed(value: string): string {
  const inner = value.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}
