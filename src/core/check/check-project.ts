import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { glob } from 'tinyglobby';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { ALWAYS_IGNORED } from '../load/discover-docs.ts';
import { readDocs } from '../load/read-docs.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { GIT_RENAMES_ARGS, parseGitRenames, type Rename } from '../links/parse-git-renames.ts';
import type { SetFacts } from '../rules/rule.ts';
import { checkDocs } from './check-docs.ts';
import type { CheckResult } from './check-result.ts';

/** A checked project: the result plus the loaded docs, for renderers. */
export interface CheckedProject {
  result: CheckResult;
  sources: SourceDoc[];
}

/**
 * Read every doc under `root` and check it. The one entry point shared by the
 * CLI and the site, so both report exactly the same findings.
 */
export async function checkProject(
  root: string,
  config: ResolvedConfig,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<CheckedProject> {
  const absoluteRoot = path.resolve(root);
  const [sources, facts] = await Promise.all([
    readDocs(absoluteRoot, {
      include: config.include,
      exclude: config.exclude,
      limits: config.limits,
    }),
    readFacts(absoluteRoot),
  ]);
  return { result: checkDocs(sources, { root: absoluteRoot, config, today, facts }), sources };
}

/**
 * Facts for the set rules: every file under the root (links may name images
 * and other non-doc files), and git renames from one `git log` for the whole
 * repository, never one process per file.
 */
export async function readFacts(root: string): Promise<SetFacts> {
  const [files, renames] = await Promise.all([readFiles(root), readRenames(root)]);
  return { files, renames };
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

/** Renames relative to the content root; none when git is missing or this is no repository. */
async function readRenames(root: string): Promise<Map<string, Rename>> {
  try {
    const { stdout } = await execFileAsync('git', [...GIT_RENAMES_ARGS], {
      cwd: root,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    return parseGitRenames(stdout);
  } catch {
    // No git, not a repository, or no commits yet: links are still checked, without "moved to".
    return new Map();
  }
}
