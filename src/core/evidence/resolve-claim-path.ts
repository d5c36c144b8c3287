import { posix } from 'node:path';
import type { RepoFiles } from '../links/file-index.ts';

/**
 * The repository file a claimed path names, relative to the repository's
 * top level: from the doc's folder, then the top level, then the content
 * root, as backticked doc paths resolve; a bare file name that only one
 * file in the repository has is that file. Null when nothing or several
 * files fit: a path that names no file is `missing-file`'s business.
 */
export function resolveClaimPath(
  written: string,
  docPath: string,
  repo: RepoFiles,
  byName?: ReadonlyMap<string, readonly string[]>,
): string | null {
  const path = written.replace(/^\.\//, '');
  const content = repo.contentDir;
  const candidates = path.startsWith('/')
    ? [path.slice(1)]
    : [
        posix.join(content, posix.dirname(docPath), path),
        posix.normalize(path),
        posix.join(content, path),
      ];
  for (const candidate of candidates) {
    if (!candidate.startsWith('..') && repo.files.has(candidate)) return candidate;
  }
  if (path.includes('/') || !byName) return null;
  const named = byName.get(path.toLowerCase()) ?? [];
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** Repository files by lower-cased file name, for {@link resolveClaimPath}. */
export function indexByName(repo: RepoFiles): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const file of repo.files) {
    const name = (file.split('/').at(-1) ?? '').toLowerCase();
    const list = byName.get(name);
    if (list) list.push(file);
    else byName.set(name, [file]);
  }
  return byName;
}
