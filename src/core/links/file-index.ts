import { posix } from 'node:path';
import { isDocPath } from './looks-like-path.ts';

/** What exists in the repository (or under the content root), indexed for resolving references. */
export interface FileIndex {
  /**
   * Every file, relative to the content root, `/`-separated; the repository's
   * files outside the content root start with `../` (`../README.md`).
   */
  files: ReadonlySet<string>;
  /** Every folder that holds a file (`plans`, `plans/active`). */
  folders: ReadonlySet<string>;
  /** Lower-cased path → the paths as they exist, for case mismatches. */
  byLowerCase: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased file name → every path with that name, sorted. */
  byBasename: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased extension (`.md`, `''` for none) → every path with it, sorted. */
  byExtension: ReadonlyMap<string, readonly string[]>;
  /** The lower-cased name of every folder, and of the content root's folders in the repository. */
  folderNames: ReadonlySet<string>;
  /** Whether git lists any file other than a doc: a docs-only repository cannot tell its code folders. */
  holdsCode: boolean;
  /** The git repository around the content root, when there is one (`facts.repoFiles`). */
  repo?: RepoFiles;
}

/** Files of the git repository that holds the content root. */
export interface RepoFiles {
  /** Every tracked or untracked, not ignored file, relative to the repository's top level. */
  files: ReadonlySet<string>;
  /** The content root relative to the top level, `/`-separated; `''` when they are the same. */
  contentDir: string;
}

/**
 * Index the files under the content root and, with `repo`, the rest of the
 * repository (as `../` paths), so references resolve, and suggestions
 * look, across the whole repository whatever the content root. `files`
 * comes from the shell (`facts.files`); the docs' own paths are always
 * included, so a check without facts (tests, the site) still knows every doc.
 */
export function buildFileIndex(
  files: Iterable<string> | undefined,
  docPaths: Iterable<string>,
  repo?: RepoFiles,
): FileIndex {
  const all = new Set<string>([...(files ?? []), ...docPaths]);
  if (repo && repo.contentDir !== '') {
    const inside = `${repo.contentDir}/`;
    for (const file of repo.files) {
      if (!file.startsWith(inside)) all.add(posix.relative(repo.contentDir, file));
    }
  }
  const folders = new Set<string>();
  const byLowerCase = new Map<string, string[]>();
  const byBasename = new Map<string, string[]>();
  const byExtension = new Map<string, string[]>();
  let docsOnly = true;
  for (const path of [...all].sort()) {
    push(byLowerCase, path.toLowerCase(), path);
    push(byBasename, posix.basename(path).toLowerCase(), path);
    push(byExtension, posix.extname(path).toLowerCase(), path);
    if (docsOnly && !isDocPath(path)) docsOnly = false;
    for (let folder = posix.dirname(path); folder !== '.'; folder = posix.dirname(folder)) {
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  for (const folder of folders) push(byLowerCase, folder.toLowerCase(), folder);
  const folderNames = new Set(
    [...folders, ...(repo?.contentDir.split('/') ?? [])].map(
      (folder) => folder.split('/').pop()?.toLowerCase() ?? '',
    ),
  );
  const index: FileIndex = {
    files: all,
    folders,
    byLowerCase,
    byBasename,
    byExtension,
    folderNames,
    holdsCode: repo !== undefined && !docsOnly,
  };
  if (repo) index.repo = repo;
  return index;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A content-relative path as messages show it: from the repository's top
 * level when there is a repository, so a check of `docs/` and of the
 * whole repository name the same files the same way.
 */
export function displayPath(index: FileIndex, path: string): string {
  const dir = index.repo?.contentDir ?? '';
  return dir === '' ? path : posix.normalize(posix.join(dir, path));
}
