import type { Doc } from '../model/doc.ts';
import type { LinkGraph } from './build-link-graph.ts';

/**
 * Whether a doc is retired, and how: `superseded` (by status or a
 * `superseded_by` relation) or `archived` (by status, or kind `archive`,
 * which an `archive/` folder implies). Null for a current doc.
 */
export function retirementOf(doc: Doc): 'superseded' | 'archived' | null {
  if (doc.status === 'superseded') return 'superseded';
  if (doc.status === 'archived' || doc.kind === 'archive') return 'archived';
  return doc.relations.some((relation) => relation.type === 'superseded_by') ? 'superseded' : null;
}

/**
 * The path of the doc that replaced `path`: its own `superseded_by` target,
 * else the first doc (by path) whose `supersedes` names it.
 */
export function findSuccessor(path: string, graph: LinkGraph): string | undefined {
  const own = graph.docs
    .get(path)
    ?.relations.find(
      ({ relation, target }) => relation.type === 'superseded_by' && target.status === 'found',
    );
  if (own) return own.target.path;
  return graph.supersededBy.get(path);
}

/**
 * Superseded path → the first doc (by path) whose `supersedes` relation names
 * it, among docs' resolved relations in path order; built once with the
 * link graph (`LinkGraph.supersededBy`).
 */
export function collectSupersededBy(docs: LinkGraph['docs']): Map<string, string> {
  const map = new Map<string, string>();
  for (const [other, links] of docs) {
    for (const { relation, target } of links.relations) {
      if (relation.type !== 'supersedes' || target.status !== 'found') continue;
      if (target.path !== other && !map.has(target.path)) map.set(target.path, other);
    }
  }
  return map;
}
