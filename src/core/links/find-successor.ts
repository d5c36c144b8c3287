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
  return supersededBy(graph).get(path);
}

const successors = new WeakMap<LinkGraph, Map<string, string>>();

/** Superseded path → first doc (by path) whose `supersedes` names it; built once per graph. */
function supersededBy(graph: LinkGraph): Map<string, string> {
  let map = successors.get(graph);
  if (!map) {
    map = new Map();
    for (const [other, links] of graph.docs) {
      for (const { relation, target } of links.relations) {
        if (relation.type !== 'supersedes' || target.status !== 'found') continue;
        if (target.path !== other && !map.has(target.path)) map.set(target.path, other);
      }
    }
    successors.set(graph, map);
  }
  return map;
}
