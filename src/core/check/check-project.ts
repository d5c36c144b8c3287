import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { openCheckCache } from '../cache/check-cache.ts';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { readDocFileHistory } from '../evidence/read-doc-file-history.ts';
import { readArtifactHistory } from '../evidence/read-artifact-history.ts';
import { readEvidence, type EvidenceSources } from '../evidence/read-evidence.ts';
import { gitText } from '../io/git-process.ts';
import { checkExternalLinks } from '../links/external/check-external-links.ts';
import { collectExternalUrls } from '../links/external/collect-external-urls.ts';
import type { ExternalRuntime } from '../links/external/external-options.ts';
import { ALWAYS_IGNORED } from '../load/discover-docs.ts';
import { readDocs } from '../load/read-docs.ts';
import type { RepoFiles } from '../links/file-index.ts';
import { GIT_RENAMES_ARGS, parseGitRenames, type Rename } from '../links/parse-git-renames.ts';
import type { SetContext, SetFacts } from '../rules/rule.ts';
import { checkSet } from './check-docs.ts';
import { createDocLoader, defaultParallelism, type Parallelism } from './doc-loader.ts';
import type { CheckedFile, CheckResult } from './check-result.ts';

/**
 * A checked project: each file's result with its doc and analysis, the link
 * graph the rules saw, and the facts read for them: all a renderer or `fix`
 * needs, so nothing is read or checked twice.
 */
export interface CheckedProject {
  result: CheckResult<CheckedFile>;
  /** The link graph of every doc, resolved against the files under the root and the repository's. */
  graph: SetContext['graph'];
  /** The facts the set rules saw (files under the root, git renames), for renderers. */
  facts: SetFacts;
}

/**
 * A project checked with a loaded config on a given day: what `statusdocs
 * build` hands the site, so the site neither loads the config nor checks
 * the docs again.
 */
export interface ProjectCheck {
  config: ResolvedConfig;
  /** The config file, watched in dev; absent for the defaults. */
  configFile?: string;
  /** The day the project was checked on, `YYYY-MM-DD`. */
  today: string;
  project: CheckedProject;
}

/** Options of {@link checkProject}. */
export interface CheckProjectOptions {
  /** Folder of the per-doc result cache (`.statusdocs/cache`); no cache when absent. */
  cacheDir?: string;
  /**
   * Also check http(s) links (`check --external`) before the rules run, so
   * `external-broken` reports them: `cacheFile` keeps working links between
   * runs (`.statusdocs/cache/external.json`); the rest are test seams.
   */
  external?: ExternalRuntime & { cacheFile?: string };
  /**
   * CI artifacts for the evidence rules (`metric-evidence`): files named with
   * `--evidence`, the config's `evidence` globs, else the common locations.
   * Not read when absent.
   */
  evidence?: EvidenceSources;
  /** Worker threads for the per-doc phase; default {@link defaultParallelism}. */
  parallel?: Parallelism;
}

/**
 * Read every doc under `root` and check it. The one entry point shared by the
 * CLI and the site, so both report exactly the same findings. With a cache,
 * unchanged docs skip parsing and per-doc rules; set rules always run.
 */
export async function checkProject(
  root: string,
  config: ResolvedConfig,
  today: string = new Date().toISOString().slice(0, 10),
  options: CheckProjectOptions = {},
): Promise<CheckedProject> {
  const absoluteRoot = path.resolve(root);
  const cache = options.cacheDir
    ? await openCheckCache(options.cacheDir, { root: absoluteRoot, config, today })
    : undefined;
  // Each doc's per-doc phase runs as soon as it is read, and keeps only its
  // analysis: memory holds a few trees at a time, plus what set rules need.
  const load = createDocLoader({
    config,
    today,
    ...(cache ? { cache } : {}),
    parallel: options.parallel ?? defaultParallelism(),
  });
  const [checked, facts, evidence] = await Promise.all([
    readDocs(absoluteRoot, {
      include: config.include,
      exclude: config.exclude,
      limits: config.limits,
      load,
    }).finally(load.close),
    readFacts(absoluteRoot),
    options.evidence ? readEvidence(options.evidence) : undefined,
  ]);
  if (evidence && options.evidence) {
    const history = await readArtifactHistory(options.evidence.cwd, evidence.artifacts);
    facts.evidence = history.length > 0 ? { ...evidence, history } : evidence;
  }
  const fileHistory = await readDocFileHistory(absoluteRoot, checked, facts.repoFiles, config);
  if (fileHistory) facts.fileHistory = fileHistory;
  if (cache) {
    facts.similar = cache.similar([
      ...(facts.files ?? []),
      ...checked.map((doc) => doc.source.path),
    ]);
  }
  if (options.external) {
    const urls = collectExternalUrls(checked);
    facts.external = await checkExternalLinks(urls, { ...config.external, ...options.external });
  }
  const { result, graph } = checkSet(checked, { root: absoluteRoot, config, today, facts });
  await cache?.save();
  return { result, graph, facts };
}

/**
 * Facts for the set rules: every file under the root (links may name images
 * and other non-doc files), the repository's files, and git renames from
 * one `git log` for the whole repository, never one process per file.
 */
export async function readFacts(root: string): Promise<SetFacts> {
  const [files, repoFiles] = await Promise.all([readFiles(root), readRepoFiles(root)]);
  const renames = await readRenames(root, repoFiles?.contentDir);
  return repoFiles ? { files, renames, repoFiles } : { files, renames };
}

async function readFiles(root: string): Promise<Set<string>> {
  const files = await glob(['**/*'], {
    cwd: root,
    ignore: ALWAYS_IGNORED,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
  return new Set(files);
}

/**
 * Renames relative to the content root: of the whole repository when
 * `contentDir` (the root relative to the top level) is known, so a path
 * written from the top level that left the content root is followed too
 * (`../old.md`); none when git is missing or this is no repository.
 */
async function readRenames(root: string, contentDir?: string): Promise<Map<string, Rename>> {
  try {
    const args =
      contentDir === undefined || contentDir === ''
        ? [...GIT_RENAMES_ARGS]
        : GIT_RENAMES_ARGS.filter((arg) => arg !== '--relative');
    const stdout = await gitText(root, args);
    if (stdout === undefined) return new Map();
    const renames = parseGitRenames(stdout);
    if (contentDir === undefined || contentDir === '') return renames;
    const local = (file: string) => path.posix.relative(contentDir, file);
    return new Map(
      [...renames].map(([from, rename]) => {
        const moved: Rename = { ...rename, to: local(rename.to) };
        if (rename.others) moved.others = rename.others.map(local);
        return [local(from), moved];
      }),
    );
  } catch {
    // No git, not a repository, or no commits yet: links are still checked, without "moved to".
    return new Map();
  }
}

/**
 * Every file of the git repository around `root`, from one `git ls-files`:
 * tracked files and untracked ones that are not ignored, so a doc that
 * mentions a new file sees what is on disk, as it does under the content
 * root, while build output, other ignored files and an untracked
 * `node_modules/` never hide a broken path. Undefined without git or
 * outside a repository.
 */
async function readRepoFiles(root: string): Promise<RepoFiles | undefined> {
  try {
    const top = await gitText(root, ['rev-parse', '--show-toplevel']);
    if (top === undefined) return undefined;
    const topLevel = top.trim();
    const stdout = await gitText(topLevel, [
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
      // Installed packages are never the repository's own files, ignored or not.
      '--exclude=node_modules/',
    ]);
    if (stdout === undefined) return undefined;
    const contentDir = path.relative(await realpath(topLevel), await realpath(root));
    return {
      files: new Set(stdout.split('\u0000').filter((file) => file !== '')),
      contentDir: contentDir.split(path.sep).join('/'),
    };
  } catch {
    return undefined;
  }
}
