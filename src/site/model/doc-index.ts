import { posix } from 'node:path';

/** What is needed to find a doc by a link or relation target. */
export interface DocIndex {
  /** Doc paths (relative to the content root) by exact path. */
  paths: ReadonlySet<string>;
  /** Doc paths by lower-cased path, for links whose case differs. */
  byLowerPath: ReadonlyMap<string, string>;
  /** Doc paths by frontmatter `id`. */
  byId: ReadonlyMap<string, string>;
}

/** Index docs by path and id. */
export function buildDocIndex(docs: readonly { path: string; id: string }[]): DocIndex {
  const paths = new Set(docs.map((doc) => doc.path));
  const byLowerPath = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const doc of docs) {
    if (!byLowerPath.has(doc.path.toLowerCase())) byLowerPath.set(doc.path.toLowerCase(), doc.path);
    if (doc.id !== doc.path && !byId.has(doc.id)) byId.set(doc.id, doc.path);
  }
  return { paths, byLowerPath, byId };
}

/**
 * The doc a path written in `fromPath` points at, resolved against the
 * doc's folder like a Markdown link; a case-insensitive match is accepted
 * when no exact one exists (the `case-mismatch` rule reports it).
 */
export function resolveDocPath(
  index: DocIndex,
  fromPath: string,
  target: string,
): string | undefined {
  const resolved = posix.normalize(posix.join(posix.dirname(fromPath), target));
  if (resolved.startsWith('../') || resolved === '..') return undefined;
  return lookup(index, resolved);
}

/**
 * The doc a relation points at. Relations are written by hand in headers
 * and frontmatter, as a path relative to the doc, a path from the content
 * root, or a doc id; tried in that order. A `#fragment` is ignored.
 */
export function resolveRelationTarget(
  index: DocIndex,
  fromPath: string,
  target: string,
): string | undefined {
  const clean = target.replace(/#.*$/, '').trim();
  if (clean === '') return undefined;
  return (
    resolveDocPath(index, fromPath, clean) ??
    lookup(index, posix.normalize(clean.replace(/^\/+/, ''))) ??
    index.byId.get(clean)
  );
}

function lookup(index: DocIndex, path: string): string | undefined {
  if (index.paths.has(path)) return path;
  return index.byLowerPath.get(path.toLowerCase());
}
