import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkProject } from '../core/check/check-project.ts';
import { loadConfig } from '../core/config/load-config.ts';
import { gateBuild } from './check-gate.ts';
import { isOwnSite, listPageRoutes } from './inject-pages.ts';
import { buildSearchIndex } from './search-index.ts';
import { resolveSiteOptions, type StatusdocsOptions } from './options.ts';
import { plural } from './view/format.ts';
import { virtualOptionsPlugin } from './virtual-options.ts';

export type { FailOn, StatusdocsOptions } from './options.ts';

/** The site could not be set up: bad options, a missing content folder, or findings that fail the build. */
export class SiteBuildError extends Error {
  override name = 'SiteBuildError';
  /** What to do about it. */
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

/**
 * The statusdocs Astro integration. It only wires things: it reads the
 * statusdocs config, resolves the content root, hands both to the content
 * loader through `virtual:statusdocs/options`, and on `astro build` checks
 * the docs first and stops with the CLI's report when `failOn` is reached;
 * after the build, it indexes the doc pages for search (Pagefind).
 */
export default function statusdocs(options: StatusdocsOptions = {}): AstroIntegration {
  const failOn = options.failOn ?? 'error';
  if (!['error', 'warning', 'never'].includes(failOn)) {
    throw new SiteBuildError(
      `Unknown failOn value \`${failOn}\``,
      'Use `error`, `warning` or `never`',
    );
  }
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
        const loaded = await loadConfig(
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
        });
        const stats = await stat(site.contentRoot).catch(() => undefined);
        if (!stats?.isDirectory()) {
          throw new SiteBuildError(
            `Cannot find the content folder \`${site.contentRoot}\``,
            'Set the `content` option of statusdocs(), `STATUSDOCS_CONTENT`, or `content` in the statusdocs config',
          );
        }
        updateConfig({
          ...(config.base === '/' && loaded.config.site.base !== '/'
            ? { base: loaded.config.site.base }
            : {}),
          ...(config.site === undefined && loaded.config.site.url
            ? { site: loaded.config.site.url }
            : {}),
          // `noExternal`: when statusdocs is installed as a package, Vite
          // compiles its TypeScript instead of handing it to Node.
          vite: { plugins: [virtualOptionsPlugin(site)], ssr: { noExternal: ['statusdocs'] } },
        });
        // In a host Astro site, add the statusdocs pages to its routes; this
        // repo's own build finds them through `srcDir`.
        if (!isOwnSite(fileURLToPath(config.srcDir))) {
          for (const route of await listPageRoutes()) injectRoute(route);
        }
        if (command !== 'build') return;
        if (failOn === 'never' && options.report === false) return;

        const { result } = await checkProject(site.contentRoot, site.config, site.today, {
          ...(site.cacheDir === undefined ? {} : { cacheDir: site.cacheDir }),
          evidence: { cwd: site.evidenceRoot, globs: site.config.evidence ?? [] },
        });
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
        const { pages, ms } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: read ${plural(pages, 'page')} under docs/ in ${ms} ms`);
      },
    },
  };
}
