import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from './io.ts';

/** What a command checks: one content root, and which of its docs to report. */
export interface Targets {
  /** Absolute folder whose docs are read (links and orphans are judged across all of them). */
  root: string;
  /** Whether a doc (path relative to `root`, `/` separators) was asked for; all when absent. */
  selects?: (docPath: string) => boolean;
  /** The paths and globs as typed, each with a test: one that selects no doc is a usage error. */
  patterns: { typed: string; matches: (absolute: string) => boolean }[];
}

const toSlash = (value: string): string => value.split(path.sep).join('/');

/**
 * The content root typed paths may widen to: none when zero config settled
 * on the repository root itself, so typed paths are judged across the
 * folder that holds them, not across every Markdown file of the repository.
 */
export function targetScope(loaded: {
  config: { content: string };
  detected: boolean;
}): string | undefined {
  return loaded.detected && loaded.config.content === '.' ? undefined : loaded.config.content;
}

/**
 * Turn `check`'s arguments into targets. None: the configured content root
 * (`undefined`: the working folder).
 * One folder: that folder, as before. Otherwise (files, folders, globs such
 * as `'reports/**\/*.md'`, several at once): the configured content root
 * when every target is inside it, else the deepest folder holding them all,
 * and only the docs they name are reported. A path that does not exist is
 * a usage error; so is a glob, later, that matches no doc.
 */
export async function resolveTargets(
  cwd: string,
  typed: readonly string[],
  contentRoot: string | undefined,
  command: string,
): Promise<Targets> {
  const content = path.resolve(cwd, contentRoot ?? '.');
  if (typed.length === 0) return { root: content, patterns: [] };
  const targets = await Promise.all(typed.map((value) => readTarget(cwd, value, command)));
  const only = targets[0];
  if (targets.length === 1 && only?.kind === 'folder') return { root: only.base, patterns: [] };
  const inside = (base: string): boolean =>
    contentRoot !== undefined && !path.relative(content, base).startsWith('..');
  const root = targets.every((target) => inside(target.base))
    ? content
    : commonFolder(targets.map((target) => target.base));
  const patterns = targets.map((target) => ({ typed: target.typed, matches: target.matches }));
  return {
    root,
    patterns,
    selects: (docPath) => {
      const absolute = path.join(root, docPath);
      return patterns.some((pattern) => pattern.matches(absolute));
    },
  };
}

interface Target {
  typed: string;
  kind: 'file' | 'folder' | 'glob';
  /** The folder the target lives in. */
  base: string;
  matches: (absolute: string) => boolean;
}

async function readTarget(cwd: string, typed: string, command: string): Promise<Target> {
  const scan = picomatch.scan(toSlash(typed));
  if (scan.isGlob) {
    const base = path.resolve(cwd, scan.base === '' ? '.' : scan.base);
    const matcher = picomatch(toSlash(path.resolve(cwd, typed)), { dot: false });
    return { typed, kind: 'glob', base, matches: (absolute) => matcher(toSlash(absolute)) };
  }
  const absolute = path.resolve(cwd, typed);
  const stats = await stat(absolute).catch(() => undefined);
  if (!stats) {
    throw new UsageError(
      `Cannot find \`${typed}\``,
      `Pass docs, folders or globs, e.g. \`statusdocs ${command} docs/status 'reports/**/*.md'\``,
    );
  }
  if (stats.isDirectory()) {
    const prefix = absolute + path.sep;
    return { typed, kind: 'folder', base: absolute, matches: (file) => file.startsWith(prefix) };
  }
  return {
    typed,
    kind: 'file',
    base: path.dirname(absolute),
    matches: (file) => file === absolute,
  };
}

/** The deepest folder that holds every given folder. */
function commonFolder(folders: readonly string[]): string {
  const [first = path.parse(process.cwd()).root, ...rest] = folders;
  let common = first;
  for (const folder of rest) {
    while (path.relative(common, folder).startsWith('..')) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/** Throw a usage error for the first path or glob that selected none of the checked docs. */
export function assertEveryTargetMatched(
  targets: Targets,
  docPaths: readonly string[],
  command: string,
): void {
  for (const pattern of targets.patterns) {
    if (docPaths.some((docPath) => pattern.matches(path.join(targets.root, docPath)))) continue;
    throw new UsageError(
      `No status doc matches \`${pattern.typed}\``,
      `Check the path or glob, or the \`include\` setting; run \`statusdocs ${command} --help\``,
    );
  }
}

/** Throw a usage error unless `dir` is a folder: the content root a command was pointed at. */
export async function assertFolder(dir: string, command: string): Promise<void> {
  const stats = await stat(dir).catch(() => undefined);
  if (!stats?.isDirectory()) {
    throw new UsageError(
      `Cannot find directory \`${dir}\``,
      `Pass the folder of your status docs, e.g. \`statusdocs ${command} docs/status\``,
    );
  }
}
