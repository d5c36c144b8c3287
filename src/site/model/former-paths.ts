import { posix } from 'node:path';
import type { Relation } from '../../core/model/doc.ts';
import type { SetFacts } from '../../core/rules/rule.ts';

/** A path a doc was known by, and how we know. */
export interface FormerPath {
  /** Relative to the content root, `/` separators. */
  path: string;
  via: 'alias' | 'rename';
}

const SCHEME = /^[a-z][a-z\d+.-]*:|^\/\//i;

/**
 * The old paths of the doc at `path`: its `aliases` relations and every path
 * git renamed to it, sorted and without duplicates. An alias written with
 * `./` or `../` is read from the doc's folder, anything else from the
 * content root (old paths are usually copied from the repository); aliases
 * outside the root or written as URLs are left out.
 */
export function formerPathsOf(
  path: string,
  relations: readonly Pick<Relation, 'type' | 'target'>[],
  renames: SetFacts['renames'],
): FormerPath[] {
  const found = new Map<string, FormerPath['via']>();
  for (const relation of relations) {
    if (relation.type !== 'aliases') continue;
    const alias = normalizeAlias(path, relation.target);
    if (alias !== undefined && alias !== path && !found.has(alias)) found.set(alias, 'alias');
  }
  for (const [from, rename] of renames ?? []) {
    if (rename.to === path && from !== path && !found.has(from)) found.set(from, 'rename');
  }
  return [...found]
    .map(([former, via]) => ({ path: former, via }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function normalizeAlias(path: string, target: string): string | undefined {
  const clean = target.replace(/[?#].*$/, '').trim();
  if (clean === '' || SCHEME.test(clean)) return undefined;
  const joined = /^\.\.?\//.test(clean)
    ? posix.join(posix.dirname(path), clean)
    : clean.replace(/^\/+/, '');
  const normal = posix.normalize(joined);
  if (normal === '.' || normal === '..' || normal.startsWith('../')) return undefined;
  return normal.replace(/\/$/, '');
}
