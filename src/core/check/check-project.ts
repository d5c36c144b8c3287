import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { glob } from 'tinyglobby';
import { openCheckCache } from '../cache/check-cache.ts';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { fileClaims } from '../evidence/collect-file-claims.ts';
import { readDocFileHistory, ruleMayReport } from '../evidence/read-doc-file-history.ts';
import { readArtifactHistory } from '../evidence/read-artifact-history.ts';
import { readEvidence, type EvidenceSources } from '../evidence/read-evidence.ts';
import { checkExternalLinks } from '../links/external/check-external-links.ts';
import { collectExternalUrls } from '../links/external/collect-external-urls.ts';
import type { ExternalRuntime } from '../links/external/external-options.ts';
import { ALWAYS_IGNORED } from '../load/discover-docs.ts';
import { parseSourceDoc } from '../load/parse-source-doc.ts';
import { readDocs } from '../load/read-docs.ts';
import { releaseTree } from '../load/release-tree.ts';
import { linkFacts } from '../links/link-facts.ts';
import type { Doc } from '../model/doc.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import type { RepoFiles } from '../links/file-index.ts';
import { GIT_RENAMES_ARGS, parseGitRenames, type Rename } from '../links/parse-git-renames.ts';
import type { SetFacts } from '../rules/rule.ts';
import { checkDocs, createDocChecker } from './check-docs.ts';
import type { CheckResult } from './check-result.ts';

/** A checked project: the result plus the loaded docs, for renderers. */
export interface CheckedProject {
  result: CheckResult;
  sources: SourceDoc[];
  /** The facts the set rules saw (files under the root, git renames), for renderers. */
  facts: SetFacts;
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
   * Keep every doc's mdast in memory for the caller (a renderer about to use
   * them all). By default each tree is let go after its doc is checked and
   * parsed again only when asked for.
   */
  keepTrees?: boolean;
  /**
   * CI artifacts for the evidence rules (`metric-evidence`): files named with
   * `--evidence`, the config's `evidence` globs, else the common locations.
   * Not read when absent.
   */
  evidence?: EvidenceSources;
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
  // Each doc's per-doc phase runs as soon as it is read, then its tree is let
  // go: memory holds one tree at a time, plus what set rules need (link facts).
  const known = new Map<SourceDoc, Doc>();
  const checkDoc = createDocChecker({ config, today });
  const parseDoc = cache?.parse ?? parseSourceDoc;
  const claimsWanted = ruleMayReport(config, 'file-claim');
  const parse: typeof parseSourceDoc = (...args) => {
    const source = parseDoc(...args);
    const cached = cache?.known.get(source);
    if (cached) {
      known.set(source, cached);
      return source;
    }
    const checked = checkDoc(source);
    // Read while the tree is at hand, and kept in the cache with the doc.
    if (claimsWanted) fileClaims.of(source);
    cache?.remember(checked);
    known.set(source, checked.doc);
    linkFacts.of(source);
    if (options.keepTrees !== true) releaseTree(source);
    return source;
  };
  const [sources, facts, evidence] = await Promise.all([
    readDocs(absoluteRoot, {
      include: config.include,
      exclude: config.exclude,
      limits: config.limits,
      parse,
    }),
    readFacts(absoluteRoot),
    options.evidence ? readEvidence(options.evidence) : undefined,
  ]);
  if (evidence && options.evidence) {
    const history = await readArtifactHistory(options.evidence.cwd, evidence.artifacts);
    facts.evidence = history.length > 0 ? { ...evidence, history } : evidence;
  }
  const fileHistory = await readDocFileHistory(absoluteRoot, sources, facts.repoFiles, config);
  if (fileHistory) facts.fileHistory = fileHistory;
  if (cache) {
    facts.similar = cache.similar([...(facts.files ?? []), ...sources.map((doc) => doc.path)]);
  }
  if (options.external) {
    const urls = collectExternalUrls(sources);
    facts.external = await checkExternalLinks(urls, { ...config.external, ...options.external });
  }
  const result = checkDocs(sources, {
    root: absoluteRoot,
    config,
    today,
    facts,
    known,
    ...(cache ? { onDocChecked: cache.remember } : {}),
  });
  await cache?.save();
  return { result, sources, facts };
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

const execFileAsync = promisify(execFile);

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
    const { stdout } = await execFileAsync('git', args, {
      cwd: root,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
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
 * root, while build output and other ignored files never hide a broken
 * path. Undefined without git or outside a repository.
 */
async function readRepoFiles(root: string): Promise<RepoFiles | undefined> {
  try {
    const options = { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' } as const;
    const { stdout: top } = await execFileAsync('git', ['rev-parse', '--show-toplevel'], options);
    const topLevel = top.trim();
    const { stdout } = await execFileAsync(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'ls-files',
        '-z',
        '--cached',
        '--others',
        '--exclude-standard',
      ],
      { ...options, cwd: topLevel },
    );
    const contentDir = path.relative(await realpath(topLevel), await realpath(root));
    return {
      files: new Set(stdout.split('\u0000').filter((file) => file !== '')),
      contentDir: contentDir.split(path.sep).join('/'),
    };
  } catch {
    return undefined;
  }
}
