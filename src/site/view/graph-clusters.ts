import type { DocView } from '../model/doc-view.ts';
import { compareText } from './compare.ts';
import type { GraphEdge } from './graph-edges.ts';

/**
 * The connected groups of `nodes` (docs joined by any edge, `related`
 * included), largest first, then by their earliest doc. Each group keeps
 * the order of `nodes`. Drawing each group in a band of its own keeps edges
 * inside their band: with dozens of related docs, no edge crosses another
 * group's boxes. Pure.
 */
export function clusterNodes(nodes: readonly DocView[], edges: readonly GraphEdge[]): DocView[][] {
  const parent = new Map<string, string>(nodes.map((doc) => [doc.path, doc.path]));
  const find = (path: string): string => {
    let root = path;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(path, root);
    return root;
  };
  for (const edge of edges) {
    if (!parent.has(edge.from) || !parent.has(edge.to)) continue;
    const [a, b] = [find(edge.from), find(edge.to)];
    if (a !== b) parent.set(compareText(a, b) < 0 ? b : a, compareText(a, b) < 0 ? a : b);
  }
  const groups = new Map<string, DocView[]>();
  for (const doc of nodes) {
    const root = find(doc.path);
    const group = groups.get(root) ?? [];
    group.push(doc);
    groups.set(root, group);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}
