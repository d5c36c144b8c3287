import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { rm, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openUserCache } from '../../core/io/user-cache-dir.ts';
import { checkProject, type ProjectCheck } from '../../core/check/check-project.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import {
  formatResult,
  isFailOn,
  reachesFailOn,
  summarize,
  type FailOn,
} from '../../core/report/index.ts';
import { EXIT, UsageError, useColor, type CliIo } from '../io.ts';
import { assertFolder } from '../resolve-targets.ts';
import { loadSiteEntry } from '../site-entry.ts';
import { hashBuildInputs, isUpToDate, recordBuild } from './build-state.ts';
import { linkIncrementalCache } from './link-build-cache.ts';
import { toDisplayRoot, today } from './check.ts';
import { resolveOutFolder } from './out-folder.ts';
import { prepareSiteRoot, type SiteRoot } from './site-root.ts';
import { assertSiteToolchain } from './site-toolchain.ts';
import { openWorkFolder, swapInto } from './swap-site.ts';

/** Help for `statusdocs build`. */
export const BUILD_HELP = `Usage: statusdocs build [dir] [options]

Build the status site of every doc under dir (default: the configured
content root): dashboard, doc pages, plans, timeline, archive, graph,
search, feed and redirects.

Options:
  --out <dir>           output folder (default: dist): new, empty, or a site statusdocs
                        built before; replaced only when the build succeeds
  --force-out           replace an --out folder that holds other files (never a
                        file, .git, the content root or a folder holding it)
  --fail-on <level>     error (default), warning or never: findings that stop the build
  --base <path>         serve the site under this path, e.g. /status/ (default: the config's site.base)
  --config <file>       config file (default: statusdocs.config.{mjs,json}, package.json#statusdocs)
  --evidence <file>     a CI artifact to check metric claims against (JUnit XML, LCOV,
                        Cobertura, coverage JSON); repeatable. Metric cards show each
                        claim verified or contradicted with the artifact. Default:
                        config \`evidence\`, else junit*.xml, coverage/lcov.info, …
  --no-cache            check every doc from scratch and always rebuild; without
                        it, results of unchanged docs are reused from
                        .statusdocs/cache, as \`statusdocs check\` does (safe to
                        delete), and a site whose inputs did not change since
                        it was built is left as it is; Astro's own cache lives
                        in your private cache folder (~/.cache/statusdocs,
                        $XDG_CACHE_HOME or $STATUSDOCS_CACHE_DIR)
  --force               rebuild the site even when nothing changed
  -h, --help            show this help

Exit codes: 0 built, 1 findings reached --fail-on or the build failed, 2 usage or config error.
`;

/** `statusdocs build`: check, then build the site into a temp folder and swap it in. */
export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'dist' },
      'fail-on': { type: 'string', default: 'error' },
      base: { type: 'string' },
      config: { type: 'string' },
      evidence: { type: 'string', multiple: true, default: [] },
      cache: { type: 'boolean', default: true },
      force: { type: 'boolean', default: false },
      'force-out': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowNegative: true,
  });
  if (values.help) {
    io.stdout(BUILD_HELP);
    return EXIT.ok;
  }
  const failOn = parseFailOn(values['fail-on']);
  const base = parseBase(values.base);
  if (positionals.length > 1) {
    throw new UsageError('`build` takes one directory', 'Run `statusdocs build <dir> --out <dir>`');
  }
  assertSiteToolchain();
  const loaded = await loadConfig(io.cwd, values.config);
  const { config } = loaded;
  const dir = path.resolve(io.cwd, positionals[0] ?? config.content);
  await assertFolder(dir, 'build');
  const out = await resolveOutFolder(
    path.resolve(io.cwd, values.out),
    { contentRoot: dir, cwd: io.cwd, force: values['force-out'] },
    values.out,
  );

  // Check first, as `statusdocs check` would, so a failing build prints the
  // same report; the site's loader then finds every doc in the cache.
  const cacheDir = values.cache ? path.join(io.cwd, '.statusdocs', 'cache') : undefined;
  const day = today(io);
  const project = await checkProject(dir, config, day, {
    ...(cacheDir ? { cacheDir } : {}),
    evidence: { cwd: io.cwd, files: values.evidence, globs: config.evidence ?? [] },
  });
  const { result, facts } = project;
  for (const problem of facts.evidence?.problems ?? []) {
    io.stderr(`statusdocs: ${problem.path}:${problem.line}:${problem.column}: ${problem.reason}\n`);
  }
  const summary = summarize(result);
  if (summary.errors + summary.warnings + summary.infos > 0) {
    io.stdout(
      formatResult(result, 'text', {
        color: useColor(io),
        displayRoot: toDisplayRoot(io.cwd, dir),
      }),
    );
  }
  if (reachesFailOn(summary, failOn)) {
    io.stderr(
      `statusdocs: build stopped: ${plural(summary.errors, 'error')} and ${plural(summary.warnings, 'warning')} (--fail-on ${failOn}); ${shownPath(io.cwd, out)} is unchanged. ` +
        `See why with \`statusdocs check ${shownPath(io.cwd, dir)}\`, or build anyway with \`--fail-on never\`.\n`,
    );
    return EXIT.problems;
  }

  // Astro's cache and the record of the last build live in the user's
  // private cache folder (never a shared temp folder another user could
  // plant); without one, Astro caches inside the work folder for this build.
  const userCache = await openUserCache(io.env);
  const key = createHash('sha1').update(dir).digest('hex').slice(0, 16);
  const stateFile = userCache.dir && path.join(userCache.dir, 'builds', `${key}.json`);
  const inputs =
    values.cache && stateFile
      ? await hashBuildInputs({
          dir,
          files: facts.files ?? [],
          config,
          today: day,
          base,
          evidence: facts.evidence?.artifacts ?? [],
        })
      : undefined;
  if (stateFile && inputs && !values.force && (await isUpToDate(stateFile, inputs, out))) {
    io.stdout(
      `The site in ${shownPath(io.cwd, out)} is up to date: no doc, config or git change since it was built (--force rebuilds)\n`,
    );
    return EXIT.ok;
  }

  // The site is built into `<work>/site` beside the output folder, so the swap
  // is a rename on one file system.
  const work = await openWorkFolder(out);
  const astroCache = userCache.dir
    ? path.join(userCache.dir, 'astro', key)
    : path.join(work, 'astro-cache');
  const hadCache = await stat(astroCache).then(
    () => true,
    () => false,
  );
  try {
    const modules = await linkPackages(work);
    const siteRoot = await prepareSiteRoot(userCache.dir, work, modules);
    const checked: ProjectCheck = {
      config,
      today: day,
      project,
      ...(loaded.file === undefined ? {} : { configFile: loaded.file }),
    };
    const options = { work, siteRoot, astroCache, dir, base, cacheDir, io, checked };
    await buildSite(options).catch(async (error: unknown) => {
      // A damaged Astro cache (its data store) must not fail every build
      // until someone deletes it: build once more from an empty one.
      if (!hadCache) throw error;
      await rm(astroCache, { recursive: true, force: true });
      await rm(path.join(work, 'site'), { recursive: true, force: true });
      await buildSite(options);
    });
    await swapInto(work, out);
    if (stateFile && inputs) await recordBuild(stateFile, inputs, out);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    io.stderr(`statusdocs: the build failed: ${(error as Error).message}\n`);
    return EXIT.problems;
  }
  io.stdout(
    `Built the site of ${plural(result.files.length, 'doc')} into ${shownPath(io.cwd, out)}\n`,
  );
  return EXIT.ok;
}

/** What one Astro build of the site needs. */
interface SiteBuild {
  work: string;
  siteRoot: SiteRoot;
  astroCache: string;
  dir: string;
  base: string | undefined;
  cacheDir: string | undefined;
  io: CliIo;
  /** The config loaded and the project checked above: the site neither loads nor checks again. */
  checked: ProjectCheck;
}

/**
 * Run Astro once into `<work>/site`, from a copy of the site's code that
 * statusdocs owns (see `prepareSiteRoot`), so nothing is written into the
 * package. Telemetry is off: a build never calls the
 * network, nor writes Astro's settings into the user's home folder.
 */
async function buildSite(options: SiteBuild): Promise<void> {
  const { work, siteRoot, astroCache, dir, base, cacheDir, io, checked } = options;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build, statusdocs } = await loadSiteEntry(siteRoot.integration);
  // Astro writes its prerender chunks under the root, and their imports
  // resolve through the work folder's link to `node_modules`. Every path
  // given to it is absolute.
  const cwd = process.cwd();
  const unlink =
    cacheDir === undefined ? async () => {} : await linkIncrementalCache(import.meta.url);
  process.chdir(work);
  try {
    await build({
      root: siteRoot.root,
      configFile: false,
      srcDir: siteRoot.srcDir,
      outDir: path.join(work, 'site'),
      cacheDir: astroCache,
      // Doc pages whose data and code did not change since the last build are
      // copied from Astro's cache instead of rendered (they carry a cacheKey);
      // `--no-cache` renders every page.
      experimental: { incrementalBuild: cacheDir !== undefined },
      // Vite's dependency cache beside Astro's: by default it goes into the
      // `node_modules` the site copy links, shared by every project (each
      // build from another root invalidates it) and maybe read-only.
      vite: { cacheDir: path.join(astroCache, 'vite') },
      logLevel: 'error',
      ...(base === undefined ? {} : { base }),
      // The check above already decided; the integration only renders.
      integrations: [
        statusdocs({
          content: dir,
          failOn: 'never',
          report: false,
          configRoot: io.cwd,
          cacheDir: cacheDir ?? false,
          checked,
        }),
      ],
    });
  } finally {
    process.chdir(cwd);
    await unlink();
  }
}

/**
 * Astro prerenders from chunks it writes inside the output folder, and those
 * chunks import packages by name. An output folder outside any project (say
 * `/tmp/site`) has no `node_modules` above it, so the work folder links the
 * one Astro was installed in (Astro empties the output folder itself, so the
 * link lives one level up).
 */
async function linkPackages(work: string): Promise<string> {
  const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
  const modules = path.dirname(path.dirname(astroPackage));
  await symlink(modules, path.join(work, 'node_modules'), 'dir');
  return modules;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function parseFailOn(value: string): FailOn {
  if (!isFailOn(value)) {
    throw new UsageError(`Unknown --fail-on level \`${value}\``, 'Use error, warning or never');
  }
  return value;
}

function parseBase(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!value.startsWith('/') || /[?#\s]/.test(value)) {
    throw new UsageError(
      `--base must be a path starting with \`/\`, not \`${value}\``,
      'Use e.g. --base /status/',
    );
  }
  return value.endsWith('/') ? value : `${value}/`;
}

/** A folder as the user sees it: relative to cwd when inside it, else absolute; with a trailing slash. */
function shownPath(cwd: string, folder: string): string {
  const relative = toDisplayRoot(cwd, folder);
  if (relative === '') return './';
  return relative.startsWith('..') ? `${folder}/` : relative;
}
