import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadConfig } from '../core/config/load-config.ts';
import { checkProject } from '../core/check/check-project.ts';
import { HintedError } from '../core/diagnostics/hinted-error.ts';
import { isFailOn } from '../core/report/fail-on.ts';
import { gateBuild } from './check-gate.ts';
import { isOwnSite, listPageRoutes } from './inject-pages.ts';
import { buildSearchIndex } from './search-index.ts';
import { resolveSiteOptions, type StatusdocsOptions } from './options.ts';
import { shareSiteOptions } from './shared-options.ts';
import { plural } from './view/format.ts';
import { virtualOptionsPlugin } from './virtual-options.ts';

export type { FailOn, StatusdocsOptions } from './options.ts';

/** A route prefix as the `base` option takes it: a path of plain segments. */
const ROUTE_BASE = /^\/?(?:[\w.~-]+\/?)*$/;

/** The site could not be set up: bad options, a missing content folder, or findings that fail the build. */
export class SiteBuildError extends HintedError {
  override name = 'SiteBuildError';
}

/**
 * The statusdocs Astro integration. It only wires things: it reads the
 * statusdocs config, resolves the content root, hands both to the content
 * loaders and pages (`virtual:statusdocs/options`), adds the pages to a host
 * site under the `base` option, and on `astro build` checks
 * the docs first and stops with the CLI's report when `failOn` is reached;
 * after the build, it indexes the doc pages for search (Pagefind).
 */
export default function statusdocs(options: StatusdocsOptions = {}): AstroIntegration {
  const failOn: unknown = options.failOn ?? 'error';
  if (!isFailOn(failOn)) {
    throw new SiteBuildError(
      `Unknown failOn value \`${String(failOn)}\``,
      'Use `error`, `warning` or `never`',
    );
  }
  if (options.base !== undefined && !ROUTE_BASE.test(options.base)) {
    throw new SiteBuildError(
      `The \`base\` option must be a path like \`/status/\`, not \`${options.base}\``,
      'Use letters, digits, `-`, `_`, `.` and `/` only',
    );
  }
  let routeBase = '/';
  /** Where the search bundle of the last build is kept; none without a cache. */
  let searchKeep: string | undefined;
  return {
    name: 'statusdocs',
    hooks: {
      'astro:config:setup': async ({
        config,
        command,
        updateConfig,
        addWatchFile,
        injectRoute,
        logger,
      }) => {
        const projectRoot = fileURLToPath(config.root);
        const host = !isOwnSite(fileURLToPath(config.srcDir));
        // `statusdocs build` hands over the config it loaded and the docs it checked.
        const loaded = options.checked
          ? { config: options.checked.config, file: options.checked.configFile }
          : await loadConfig(
              options.configRoot === undefined
                ? projectRoot
                : path.resolve(projectRoot, options.configRoot),
              options.configFile,
            );
        if (loaded.file) addWatchFile(loaded.file);
        const site = resolveSiteOptions({
          options,
          config: loaded.config,
          projectRoot,
          env: process.env,
          base: config.base,
          host,
        });
        routeBase = site.routeBase;
        searchKeep =
          options.cacheDir === false
            ? undefined
            : path.join(fileURLToPath(config.cacheDir), 'statusdocs-search');
        shareSiteOptions(site);
        const stats = await stat(site.contentRoot).catch(() => undefined);
        if (!stats?.isDirectory()) {
          throw new SiteBuildError(
            `Cannot find the content folder \`${site.contentRoot}\``,
            'Set the `content` option of statusdocs(), `STATUSDOCS_CONTENT`, or `content` in the statusdocs config',
          );
        }
        // The config's `site` settings are for statusdocs' own site; a host keeps its own.
        updateConfig({
          ...(!host && config.base === '/' && loaded.config.site.base !== '/'
            ? { base: loaded.config.site.base }
            : {}),
          ...(!host && config.site === undefined && loaded.config.site.url
            ? { site: loaded.config.site.url }
            : {}),
          // `noExternal`: when statusdocs is installed as a package, Vite
          // compiles its TypeScript instead of handing it to Node.
          vite: { plugins: [virtualOptionsPlugin(site)], ssr: { noExternal: ['statusdocs'] } },
        });
        // In a host Astro site, add the statusdocs pages to its routes under
        // the `base` option; statusdocs' own site finds them through `srcDir`.
        if (host) {
          for (const route of await listPageRoutes()) {
            injectRoute({ ...route, pattern: `${routeBase}${route.pattern.slice(1)}` });
          }
        } else if (options.base !== undefined && options.base.replaceAll('/', '') !== '') {
          throw new SiteBuildError(
            'The `base` option places the statusdocs pages inside a host site; this is statusdocs’ own site',
            'Set Astro’s `base` (or `--base` of `statusdocs build`) instead',
          );
        }
        if (command !== 'build') return;
        if (failOn === 'never' && options.report === false) return;

        const { result } =
          site.checked ??
          (await checkProject(site.contentRoot, site.config, site.today, {
            ...(site.cacheDir === undefined ? {} : { cacheDir: site.cacheDir }),
            evidence: {
              cwd: site.evidenceRoot,
              files: site.evidenceFiles,
              globs: site.config.evidence ?? [],
            },
          }));
        const relative = path.relative(projectRoot, site.contentRoot).split(path.sep).join('/');
        const gate = gateBuild(result, failOn, relative === '' ? '' : `${relative}/`);
        if (gate.failed) {
          logger.error(`\n${gate.report}`);
          throw new SiteBuildError(
            `${plural(gate.errors, 'error')} and ${plural(gate.warnings, 'warning')} in the docs (failOn: ${failOn})`,
            'Fix the findings above, or set `failOn` in statusdocs() to build anyway',
          );
        }
        if (gate.report !== '' && options.report !== false) logger.warn(`\n${gate.report}`);
        logger.info(`Checked ${result.files.length} docs in ${relative || '.'}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (options.search === false) return;
        const root = path.join(fileURLToPath(dir), ...routeBase.split('/').filter(Boolean));
        const { pages, ms, kept } = await buildSearchIndex(root, searchKeep);
        logger.info(
          `Search index: read ${plural(pages, 'page')} under ${routeBase.slice(1)}docs/ in ${ms} ms` +
            (kept > 0 ? ` (${plural(kept, 'file')} unchanged since the last build)` : ''),
        );
      },
    },
  };
}
