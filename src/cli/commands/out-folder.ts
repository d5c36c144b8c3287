import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../io.ts';

/** The file that marks a folder as a site statusdocs built, so a later build may replace it. */
export const SITE_MARK = '.statusdocs-site';

/** What an output folder must never be or hold. */
export interface OutGuard {
  /** Absolute content root. */
  contentRoot: string;
  /** The user's working folder. */
  cwd: string;
  /** `--force-out`: replace a non-empty folder statusdocs did not build. */
  force: boolean;
}

/**
 * Resolve `--out` to the real folder a build may replace, or refuse in one
 * line. A build replaces its output wholesale, so it may only be a missing
 * or empty folder, or one statusdocs built before (it holds
 * {@link SITE_MARK}); `--force-out` allows any other folder, but never a
 * file, `.git` or anything in it, the content root or a folder in it that
 * holds anything but a statusdocs site, nor an ancestor of the content
 * root, the working folder, the repository or the home folder. A symbolic link is followed: its target is what gets built.
 */
export async function resolveOutFolder(
  requested: string,
  guard: OutGuard,
  display: string = requested,
): Promise<string> {
  const out = await realPathOf(requested);
  const shown = `\`${display}\``;
  const info = await stat(out).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new UsageError(
      `--out ${shown} is a file, not a folder`,
      'Pass a folder, e.g. --out site',
    );
  }
  const contentRoot = await realPathOf(guard.contentRoot);
  const cwd = await realPathOf(guard.cwd);
  if (out.split(path.sep).includes('.git')) {
    throw refuse(shown, 'is inside a `.git` folder');
  }
  // A site folder inside the content root (a repository whose docs sit at
  // its top level) is fine while it holds no doc: new, empty, or our own.
  const inside = isWithin(out, contentRoot);
  if (out === contentRoot || (inside && !(await isNewOrOwn(out, info !== undefined)))) {
    throw refuse(shown, 'is inside the content root');
  }
  const ancestors: [string, string][] = [
    [contentRoot, 'the content root'],
    [cwd, 'the working folder'],
    [os.homedir(), 'your home folder'],
  ];
  for (const repository of await repositoryRoots([contentRoot, cwd])) {
    ancestors.push([repository, 'the repository']);
  }
  for (const [folder, name] of ancestors) {
    if (isWithin(folder, out)) throw refuse(shown, `holds ${name}`);
  }
  if (!info || guard.force) return out;
  const names = await readdir(out);
  if (names.length === 0 || names.includes(SITE_MARK)) return out;
  const sample = names
    .sort()
    .slice(0, 3)
    .map((name) => `\`${name}\``)
    .join(', ');
  throw new UsageError(
    `--out ${shown} holds files statusdocs did not build (${sample}${names.length > 3 ? ', …' : ''}), and a build replaces the folder`,
    'Pass a new or empty folder with --out, or add --force-out to replace it',
  );
}

/** Whether a folder is missing, empty, or a site statusdocs built. */
async function isNewOrOwn(folder: string, exists: boolean): Promise<boolean> {
  if (!exists) return true;
  const names = await readdir(folder);
  return names.length === 0 || names.includes(SITE_MARK);
}

function refuse(shown: string, why: string): UsageError {
  return new UsageError(
    `--out ${shown} ${why}, and a build replaces the folder`,
    'Pass a separate folder with --out, e.g. --out site',
  );
}

/** Whether `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The real path of `file`, following symbolic links in every part that
 * exists (a missing tail is appended as written), so checks compare the
 * folders a build would really touch.
 */
async function realPathOf(file: string): Promise<string> {
  const absolute = path.resolve(file);
  const real = await realpath(absolute).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = path.dirname(absolute);
  if (parent === absolute) return absolute;
  return path.join(await realPathOf(parent), path.basename(absolute));
}

/** The git work trees (folders holding `.git`) that contain any of `folders`. */
async function repositoryRoots(folders: readonly string[]): Promise<string[]> {
  const roots = new Set<string>();
  for (const folder of folders) {
    for (let current = folder; ; current = path.dirname(current)) {
      if (await lstat(path.join(current, '.git')).catch(() => undefined)) {
        roots.add(current);
        break;
      }
      if (path.dirname(current) === current) break;
    }
  }
  return [...roots];
}
