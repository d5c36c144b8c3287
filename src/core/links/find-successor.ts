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
  for (const [other, links] of graph.docs) {
    const supersedes = links.relations.some(
      ({ relation, target }) =>
        relation.type === 'supersedes' && target.status === 'found' && target.path === path,
    );
    if (supersedes && other !== path) return other;
  }
  return undefined;
}
