import { posix } from 'node:path';
import type { FileIndex } from './file-index.ts';
import { isGenericName } from './generic-names.ts';

/** What a reference points at, after resolving it against the files. */
export interface ResolvedTarget {
  /** The path as written: without `?query` and `#fragment`, URL-decoded. Empty for `#fragment` alone. */
  written: string;
  /** The decoded fragment without `#`, if any. */
  fragment: string | undefined;
  /**
   * `found`: a file (a folder resolves to its README/index); `folder`: a
   * folder without one; `case-mismatch`: only a differently cased path
   * exists; `outside-root`: the path leaves the repository (the content
   * root when there is no repository); `missing`.
   */
  status: 'found' | 'folder' | 'case-mismatch' | 'outside-root' | 'missing';
  /**
   * The path relative to the content root: the file found, the differently
   * cased path, or where it was looked for. Files of the repository outside
   * the content root start with `../`.
   */
  path: string;
  /**
   * How the path was read: relative to the linking doc, from the content
   * root or another folder above the doc, from the repository's top level,
   * or by its unique file name.
   */
  via: 'file' | 'root' | 'repo' | 'name';
  /**
   * The folder (relative to the content root) the path was read from, or for
   * a missing path the folder it was most likely written from; a fix writes
   * the new path from the same folder, in the author's style.
   */
  anchor?: string;
}

/**
 * How to read a relative path. Markdown links and HTML are read relative to
 * the doc, as GitHub and the site read them. Backticked paths and relation
 * targets are prose, often written from a folder above the doc, the content
 * root or the repository's top level (`` `plans/active/x.md` `` in
 * `handoffs/h.md`), so those are tried after the doc's folder.
 */
export type ResolveMode = 'file' | 'file-then-root';

/** One way to read a path: from `anchor`, giving `path`. */
export interface Reading {
  path: string;
  anchor: string;
  via: ResolvedTarget['via'];
}

const INDEX_NAMES = ['readme.md', 'index.md', 'readme.markdown', 'index.markdown'];

/**
 * Resolve a reference's target against the files of the repository (or the
 * content root, without git). A leading `/` means the content root, then
 * the repository's top level. Prose targets (`file-then-root`) are read
 * relative to the doc, then from each folder above it up to the top level,
 * then without a leading folder that names no folder of the repository
 * (`acme/docs/x.md` for `docs/x.md`); a bare, non-generic file name that
 * exists exactly once resolves to that file. Pure; `from` is the linking
 * doc's path relative to the content root.
 */
export function resolveReference(
  url: string,
  from: string,
  index: FileIndex,
  mode: ResolveMode,
): ResolvedTarget {
  const { written, fragment } = splitUrl(url);
  if (written === '') return { written, fragment, status: 'found', path: from, via: 'file' };
  const readings = readingsOf(written, from, index, mode === 'file-then-root');
  const first = readings[0] ?? { path: written, anchor: '', via: 'file' as const };
  const result = (status: ResolvedTarget['status'], reading: Reading): ResolvedTarget => ({
    written,
    fragment,
    status,
    path: reading.path,
    via: reading.via,
    anchor: reading.anchor,
  });
  if (leavesRepository(first.path, index)) return result('outside-root', first);
  for (const reading of readings) {
    if (leavesRepository(reading.path, index)) continue;
    if (index.files.has(reading.path)) return result('found', reading);
    if (reading.path === '' || index.folders.has(reading.path)) {
      const readme = findIndexDoc(reading.path, index);
      return readme ? result('found', { ...reading, path: readme }) : result('folder', reading);
    }
  }
  // A bare name is matched case-insensitively only next to the doc, never in folders
  // above it, and a generic one (`ARCHITECTURE.md`) not at all.
  const bare = !written.includes('/');
  const casedReadings = !bare ? readings : isGenericName(written) ? [] : readings.slice(0, 1);
  for (const reading of casedReadings) {
    if (leavesRepository(reading.path, index)) continue;
    const cased = index.byLowerCase.get(reading.path.toLowerCase());
    if (cased?.length === 1 && cased[0] !== undefined) {
      return result('case-mismatch', { ...reading, path: cased[0] });
    }
  }
  if (mode === 'file-then-root') {
    const only = uniqueName(written, index);
    if (only !== undefined) return result('found', { path: only, anchor: '', via: 'name' });
  }
  return result('missing', { ...first, anchor: guessAnchor(written, readings, index, mode) });
}

/** Every reading of a path, most likely first. */
export function readingsOf(
  written: string,
  from: string,
  index: FileIndex,
  prose: boolean,
): Reading[] {
  const top = topOf(index);
  const at = (anchor: string, path: string) => canonical(posix.join(anchor, path), index);
  if (written.startsWith('/')) {
    const bare = written.replace(/^\/+/, '');
    const readings: Reading[] = [{ path: clean(bare), anchor: '', via: 'root' }];
    if (top !== '') readings.push({ path: at(top, bare), anchor: top, via: 'repo' });
    return readings;
  }
  const dir = clean(posix.dirname(from));
  const readings: Reading[] = [{ path: at(dir, written), anchor: dir, via: 'file' }];
  if (!prose) return readings;
  for (const anchor of foldersAbove(dir, top)) {
    readings.push({ path: at(anchor, written), anchor, via: climbs(anchor) > 0 ? 'repo' : 'root' });
  }
  const slash = written.indexOf('/');
  const lead = written.slice(0, slash);
  const leadIsFolder = readings.some(({ anchor }) =>
    index.folders.has(clean(posix.join(anchor, lead))),
  );
  if (slash > 0 && !/^\.\.?$/.test(lead) && !leadIsFolder) {
    const rest = written.slice(slash + 1);
    if (rest.includes('/')) {
      readings.push({ path: at(top, rest), anchor: top, via: 'repo' });
    }
  }
  return readings;
}

/** The folders above `dir` up to the repository's top level (`top`), nearest first. */
function foldersAbove(dir: string, top: string): string[] {
  const folders: string[] = [];
  for (let folder = dir; folder !== top && climbs(folder) <= climbs(top);) {
    folder = parentOf(folder);
    if (climbs(folder) > climbs(top)) break;
    folders.push(folder);
  }
  return folders;
}

/** The folder above a content-relative folder: `a/b` → `a` → `` → `..` → `../..`. */
function parentOf(folder: string): string {
  if (folder === '') return '..';
  if (/^(?:\.\.\/)*\.\.$/.test(folder)) return `${folder}/..`;
  return clean(posix.dirname(folder));
}

/**
 * The only file with this bare, non-generic name (exact case), if there is
 * exactly one in the repository: `` `ROLLOUT-PLAN-042.md` `` names it.
 */
function uniqueName(written: string, index: FileIndex): string | undefined {
  if (written.includes('/') || isGenericName(written)) return undefined;
  const same = index.byBasename.get(written.toLowerCase()) ?? [];
  return same.length === 1 && same[0] !== undefined && posix.basename(same[0]) === written
    ? same[0]
    : undefined;
}

/**
 * The folder a missing path was most likely written from: the doc's own for
 * links and `./` paths; for prose, the nearest folder above the doc that has
 * the path's first folder, else the repository's top level.
 */
function guessAnchor(
  written: string,
  readings: readonly Reading[],
  index: FileIndex,
  mode: ResolveMode,
): string {
  const own = readings[0]?.anchor ?? '';
  if (mode === 'file' || /^\.\.?\//.test(written) || written.startsWith('/')) return own;
  const lead = written.split('/')[0] ?? '';
  if (written.includes('/')) {
    for (const { anchor } of readings) {
      if (index.folders.has(clean(posix.join(anchor, lead)))) return anchor;
    }
  }
  return topOf(index);
}

/** The repository's top level relative to the content root (`..` for `docs/`), or `''`. */
export function topOf(index: FileIndex): string {
  const dir = index.repo?.contentDir ?? '';
  return dir === ''
    ? ''
    : dir
        .split('/')
        .map(() => '..')
        .join('/');
}

/** Whether a content-relative path climbs out of the repository (out of the content root without one). */
export function leavesRepository(path: string, index: FileIndex): boolean {
  return climbs(path) > climbs(topOf(index));
}

/** How many leading `..` segments a normalized path has. */
function climbs(path: string): number {
  let count = 0;
  for (const segment of path.split('/')) {
    if (segment !== '..') break;
    count++;
  }
  return count;
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

/**
 * A content-relative path in its one spelling: `../docs/x.md` is `x.md`
 * when the content root is `docs/`.
 */
export function canonical(path: string, index: FileIndex): string {
  const dir = index.repo?.contentDir ?? '';
  const cleaned = clean(path);
  if (dir === '' || !cleaned.startsWith('..')) return cleaned;
  return clean(posix.relative(dir, posix.join(dir, cleaned)));
}

/** Normalize, drop `./` and a trailing `/`; the root itself is `''`. */
export function clean(path: string): string {
  const normalized = posix.normalize(path).replace(/\/+$/, '');
  return normalized === '.' ? '' : normalized;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
