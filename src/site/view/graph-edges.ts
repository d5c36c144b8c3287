import type { DocView } from '../model/doc-view.ts';
import { compareText } from './compare.ts';

/** The kinds of edge the graph draws. */
export type GraphEdgeType = 'plan' | 'handoff' | 'supersedes' | 'related';

/** A directed edge between two docs, drawn from `from` (left) to `to` (right). */
export interface GraphEdge {
  /** Path of the doc on the left: the plan, the earlier handoff, the older doc. */
  from: string;
  to: string;
  type: GraphEdgeType;
}

/**
 * The edges of the relation graph from the docs' resolved relations, each
 * once whichever side wrote it: plan → report, previous → next handoff,
 * superseded → superseding doc, and `related` (undirected, stored in path
 * order). Relations to no doc of the set and to the doc itself are left out.
 */
export function buildGraphEdges(docs: readonly DocView[]): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  const add = (from: string, to: string, type: GraphEdgeType): void => {
    if (from === to) return;
    const [a, b] = type === 'related' && compareText(to, from) < 0 ? [to, from] : [from, to];
    const key = `${type}\u0000${a}\u0000${b}`;
    if (!edges.has(key)) edges.set(key, { from: a, to: b, type });
  };
  for (const doc of docs) {
    for (const relation of doc.relations) {
      const target = relation.path;
      if (target === null) continue;
      if (relation.type === 'plan') add(target, doc.path, 'plan');
      else if (relation.type === 'next') add(doc.path, target, 'handoff');
      else if (relation.type === 'previous') add(target, doc.path, 'handoff');
      else if (relation.type === 'superseded_by') add(doc.path, target, 'supersedes');
      else if (relation.type === 'supersedes') add(target, doc.path, 'supersedes');
      else if (relation.type === 'related') add(doc.path, target, 'related');
    }
  }
  return [...edges.values()].sort(
    (a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.type, b.type),
  );
}
