import type { LinkGraph, LinkedDoc } from '../links/build-link-graph.ts';
import type { Doc } from '../model/doc.ts';
import {
  GRAPH_EDGE_TYPES,
  type DocGraph,
  type GraphEdge,
  type GraphEdgeType,
  type GraphNode,
} from './doc-graph.ts';
import { compare, findChains } from './find-chains.ts';

/**
 * The relation graph of a doc set from its link graph: a node per doc, an
 * edge per typed relation between two docs, and a `links` edge per pair of
 * docs joined only by links or path mentions (a pair that already has a
 * typed edge gets no `links` edge as well). Relations and links to files
 * that are not docs, or that are missing, are left out: those are
 * diagnostics, not edges. Pure.
 */
export function buildDocGraph(graph: LinkGraph<LinkedDoc & { doc: Doc }>): DocGraph {
  const nodes: GraphNode[] = [...graph.docs.values()]
    .map(({ entry: { doc } }) => ({
      path: doc.path,
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      status: doc.status,
    }))
    .sort((a, b) => compare(a.path, b.path));
  const typed = new Map<string, GraphEdge>();
  const linked = new Map<string, GraphEdge>();
  for (const [from, links] of graph.docs) {
    for (const { relation, target } of links.relations) {
      if (target.status !== 'found' || target.path === from || !graph.docs.has(target.path)) {
        continue;
      }
      if (relation.type === 'aliases') continue;
      const edge = { from, to: target.path, type: relation.type };
      typed.set(`${from}\u0000${target.path}\u0000${relation.type}`, edge);
    }
    for (const { target } of links.references) {
      if (target.status !== 'found' || target.path === from || !graph.docs.has(target.path)) {
        continue;
      }
      linked.set(`${from}\u0000${target.path}`, { from, to: target.path, type: 'links' });
    }
  }
  const pairs = new Set([...typed.values()].map((edge) => `${edge.from}\u0000${edge.to}`));
  const edges = [
    ...typed.values(),
    ...[...linked.entries()].filter(([pair]) => !pairs.has(pair)).map(([, edge]) => edge),
  ].sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || rank(a.type) - rank(b.type));
  return {
    nodes,
    edges,
    backlinks: backlinksOf(edges),
    orphans: orphansOf(nodes, edges),
    chains: findChains(edges),
  };
}

function rank(type: GraphEdgeType): number {
  return GRAPH_EDGE_TYPES.indexOf(type);
}

function backlinksOf(edges: readonly GraphEdge[]): Record<string, string[]> {
  const sources = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const set = sources.get(to) ?? new Set<string>();
    set.add(from);
    sources.set(to, set);
  }
  // fromEntries defines own keys, so a doc whose id is `__proto__` stays a key.
  return Object.fromEntries(
    [...sources.keys()].sort(compare).map((to) => [to, [...(sources.get(to) ?? [])].sort(compare)]),
  );
}

/** As the `orphan` rule reads it, without its exemptions: no edge in, and no relation out. */
function orphansOf(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string[] {
  const connected = new Set<string>();
  for (const { from, to, type } of edges) {
    connected.add(to);
    if (type !== 'links') connected.add(from);
  }
  return nodes.map((node) => node.path).filter((path) => !connected.has(path));
}
