import { posix } from 'node:path';
import type { FileIndex, RepoFiles } from './file-index.ts';

/** What a reference points at, after resolving it against the files. */
export interface ResolvedTarget {
  /** The path as written: without `?query` and `#fragment`, URL-decoded. Empty for `#fragment` alone. */
  written: string;
  /** The decoded fragment without `#`, if any. */
  fragment: string | undefined;
  /**
   * `found`: a file (a folder resolves to its README/index); `folder`: a
   * folder without one; `case-mismatch`: only a differently cased path
   * exists; `outside-root`: the path escapes the content root; `missing`.
   */
  status: 'found' | 'folder' | 'case-mismatch' | 'outside-root' | 'missing';
  /** The path relative to the content root: the file found, the differently cased path, or where it was looked for. */
  path: string;
  /**
   * How the path was read: relative to the linking doc, from the content
   * root, or from the repository's top level (`path` may then climb out of
   * the content root: `../AGENTS.md`).
   */
  via: 'file' | 'root' | 'repo';
}

/**
 * How to read a relative path. Markdown links and HTML are read relative to
 * the doc, as GitHub and the site read them. Backticked paths and relation
 * targets are prose, often written from the repository or content root
 * (`` `plans/active/x.md` `` in `handoffs/h.md`), so the repository's top
 * level and the content root are tried after the doc's folder.
 */
export type ResolveMode = 'file' | 'file-then-root';

const INDEX_NAMES = ['readme.md', 'index.md', 'readme.markdown', 'index.markdown'];

/**
 * Resolve a reference's target against the files under the content root.
 * A leading `/` means the content root. Prose targets (`file-then-root`)
 * are read relative to the doc, then from the repository's top level (when
 * `index.repo` is known: `` `AGENTS.md` `` in `docs/x.md` names the
 * repository's `AGENTS.md`), then from the content root. A prose path that
 * climbs out of the content root is found when the repository has it;
 * Markdown links that do so stay `outside-root`, because the site cannot
 * serve their target. Pure; `from` is the linking doc's path.
 */
export function resolveReference(
  url: string,
  from: string,
  index: FileIndex,
  mode: ResolveMode,
): ResolvedTarget {
  const { written, fragment } = splitUrl(url);
  if (written === '') return { written, fragment, status: 'found', path: from, via: 'file' };
  const prose = mode === 'file-then-root' && !written.startsWith('/');
  const candidates: Candidate[] = written.startsWith('/')
    ? [{ path: clean(written.replace(/^\/+/, '')), via: 'root' }]
    : [{ path: clean(posix.join(posix.dirname(from), written)), via: 'file' }];
  if (prose && index.repo) {
    const fromTop = clean(written);
    if (!escapes(fromTop)) candidates.push({ path: toContent(fromTop, index.repo), via: 'repo' });
  }
  if (prose) candidates.push({ path: clean(written), via: 'root' });
  const first = candidates[0] ?? { path: written, via: 'file' as const };
  const inRepo = (candidate: Candidate) =>
    prose && index.repo !== undefined && index.repo.files.has(toRepo(candidate.path, index.repo));
  if (escapes(first.path) && !inRepo(first)) {
    return { written, fragment, status: 'outside-root', path: first.path, via: first.via };
  }
  for (const { path, via } of candidates) {
    if (escapes(path)) {
      if (inRepo({ path, via })) return { written, fragment, status: 'found', path, via };
      continue;
    }
    if (index.files.has(path)) return { written, fragment, status: 'found', path, via };
    if (path === '' || index.folders.has(path)) {
      const readme = findIndexDoc(path, index);
      return readme
        ? { written, fragment, status: 'found', path: readme, via }
        : { written, fragment, status: 'folder', path, via };
    }
  }
  for (const { path, via } of candidates) {
    if (escapes(path)) continue;
    const cased = index.byLowerCase.get(path.toLowerCase());
    if (cased?.length === 1 && cased[0] !== undefined) {
      return { written, fragment, status: 'case-mismatch', path: cased[0], via };
    }
  }
  return { written, fragment, status: 'missing', path: first.path, via: first.via };
}

type Candidate = { path: string; via: ResolvedTarget['via'] };

/** A path from the repository's top level, relative to the content root (`../AGENTS.md`). */
function toContent(fromTop: string, repo: RepoFiles): string {
  return repo.contentDir === '' ? fromTop : posix.relative(repo.contentDir, fromTop);
}

/** A path relative to the content root, from the repository's top level. */
function toRepo(path: string, repo: RepoFiles): string {
  return clean(posix.join(repo.contentDir, path));
}

/** Split `path?query#fragment`, decoding both parts. */
export function splitUrl(url: string): { written: string; fragment: string | undefined } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const query = beforeHash.indexOf('?');
  const path = query === -1 ? beforeHash : beforeHash.slice(0, query);
  return {
    written: decode(path),
    fragment: hash === -1 ? undefined : decode(url.slice(hash + 1)),
  };
}

function findIndexDoc(folder: string, index: FileIndex): string | undefined {
  for (const name of INDEX_NAMES) {
    const found = index.byLowerCase.get(folder === '' ? name : `${folder}/${name}`.toLowerCase());
    if (found?.[0] !== undefined) return found[0];
  }
  return undefined;
}

/** Normalize, drop `./` and a trailing `/`; the root itself is `''`. */
function clean(path: string): string {
  const normalized = posix.normalize(path).replace(/\/+$/, '');
  return normalized === '.' ? '' : normalized;
}

function escapes(path: string): boolean {
  return path === '..' || path.startsWith('../');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
