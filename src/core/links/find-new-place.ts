import { posix } from 'node:path';
import type { SetFacts } from '../rules/rule.ts';
import type { FileIndex } from './file-index.ts';
import type { ResolvedTarget } from './resolve-reference.ts';
import { suggest } from './suggest.ts';

const byExtension = new WeakMap<FileIndex, Map<string, string[]>>();

/** Files with one extension, listed once per index: a check asks for each missing link. */
function filesWithExtension(index: FileIndex, extension: string): string[] {
  let lists = byExtension.get(index);
  if (!lists) {
    lists = new Map();
    byExtension.set(index, lists);
  }
  let list = lists.get(extension);
  if (!list) {
    list = [...index.files].filter((path) => posix.extname(path).toLowerCase() === extension);
    lists.set(extension, list);
  }
  return list;
}

/** Where a missing target probably is now, most certain first. */
export type NewPlace =
  /** Git history renamed the path; the new path still exists. Certain. */
  | { kind: 'renamed'; path: string; commit: string; date: string }
  /** A link read relative to its doc names a path that exists from the content root. Certain. */
  | { kind: 'from-root'; path: string }
  /** Files with the same name elsewhere; certain only when there is one. */
  | { kind: 'same-name'; paths: string[] }
  /** Did-you-mean by edit distance. Never certain. */
  | { kind: 'similar'; paths: string[] }
  | { kind: 'none' };

/**
 * Find where a missing target went: a git rename first (from `facts.renames`,
 * following later renames to the latest path), then the path read from the
 * content root, then files with the same name anywhere under the root, then
 * paths within a small edit distance with the same extension (remembered in
 * `facts.similar`).
 */
export function findNewPlace(
  target: ResolvedTarget,
  index: FileIndex,
  facts: Pick<SetFacts, 'renames' | 'similar'>,
): NewPlace {
  const { renames } = facts;
  const fromRoot = posix.normalize(target.written.replace(/^\/+/, '')).replace(/\/+$/, '');
  for (const path of new Set([target.path, fromRoot])) {
    const rename = renames?.get(path);
    if (rename && index.files.has(rename.to)) {
      return { kind: 'renamed', path: rename.to, commit: rename.commit, date: rename.date };
    }
  }
  if (fromRoot !== target.path && (index.files.has(fromRoot) || index.folders.has(fromRoot))) {
    return { kind: 'from-root', path: fromRoot };
  }
  const basename = posix.basename(target.path).toLowerCase();
  const sameName = index.byBasename.get(basename) ?? [];
  if (sameName.length > 0) return { kind: 'same-name', paths: [...sameName] };
  let similar = facts.similar?.get(target.path);
  if (!similar) {
    similar = suggest(target.path, filesWithExtension(index, posix.extname(basename)));
    facts.similar?.set(target.path, similar);
  }
  return similar.length > 0 ? { kind: 'similar', paths: [...similar] } : { kind: 'none' };
}
