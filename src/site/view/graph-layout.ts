import type { DocView } from '../model/doc-view.ts';
import { buildGraphEdges, type GraphEdge } from './graph-edges.ts';
import { compareText } from './compare.ts';

/** A doc placed on the graph. */
export interface GraphNode {
  doc: DocView;
  /** Column, 0 on the left: a plan before its reports, a handoff before the next. */
  layer: number;
  /** Position of the box's top-left corner, in SVG units. */
  x: number;
  y: number;
}

/** A graph ready to draw. */
export interface GraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Box and spacing sizes of the layout, in SVG units. */
export const GRAPH_SIZES = { nodeWidth: 240, nodeHeight: 46, gapX: 56, gapY: 14, pad: 16 };

/**
 * Lay out the relation graph in layers, left to right: every directed edge
 * (plan → report, handoff → next handoff, old → new for supersedes) points
 * to a later column; a doc sits one column after its furthest predecessor
 * (longest path). Edges that would close a cycle are ignored for layering
 * (the `relation-cycle` rule reports them) but still drawn. Within a column
 * docs are ordered by the mean row of their predecessors, then by date and
 * path, which keeps most edges from crossing. Only docs with a relation are
 * placed. Pure and deterministic.
 */
export function layoutGraph(docs: readonly DocView[]): GraphLayout {
  const edges = buildGraphEdges(docs);
  const linked = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const nodes = docs.filter((doc) => linked.has(doc.path)).sort(byDateThenPath);
  const layers = assignLayers(
    nodes.map((doc) => doc.path),
    edges.filter((edge) => edge.type !== 'related'),
  );
  const columns: DocView[][] = [];
  for (const doc of nodes) {
    const layer = layers.get(doc.path) ?? 0;
    (columns[layer] ??= []).push(doc);
  }
  const row = new Map<string, number>();
  const ordered = columns.map((column) => {
    const mean = (doc: DocView): number => {
      const rows = edges
        .filter((edge) => edge.to === doc.path && row.has(edge.from))
        .map((edge) => row.get(edge.from) ?? 0);
      return rows.length === 0 ? Infinity : rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    const sorted = column
      .map((doc) => ({ doc, key: mean(doc) }))
      .sort((a, b) => a.key - b.key || byDateThenPath(a.doc, b.doc) || 0)
      .map(({ doc }) => doc);
    sorted.forEach((doc, index) => row.set(doc.path, index));
    return sorted;
  });
  const { nodeWidth, nodeHeight, gapX, gapY, pad } = GRAPH_SIZES;
  const placed = ordered.flatMap((column, layer) =>
    column.map((doc, index) => ({
      doc,
      layer,
      x: pad + layer * (nodeWidth + gapX),
      y: pad + index * (nodeHeight + gapY),
    })),
  );
  const tallest = Math.max(0, ...ordered.map((column) => column.length));
  return {
    width: ordered.length === 0 ? 0 : 2 * pad + ordered.length * (nodeWidth + gapX) - gapX,
    height: tallest === 0 ? 0 : 2 * pad + tallest * (nodeHeight + gapY) - gapY,
    nodes: placed,
    edges,
  };
}

/** Longest-path layers over the directed edges, skipping edges that close a cycle. */
function assignLayers(paths: readonly string[], edges: readonly GraphEdge[]): Map<string, number> {
  const out = new Map<string, string[]>(paths.map((path) => [path, []]));
  for (const edge of edges) out.get(edge.from)?.push(edge.to);
  for (const list of out.values()) list.sort(compareText);
  // Depth-first search in path order; the reverse post-order is a topological order of the kept edges.
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const kept = new Map<string, string[]>(paths.map((path) => [path, []]));
  const visit = (path: string): void => {
    state.set(path, 'open');
    for (const next of out.get(path) ?? []) {
      if (state.get(next) === 'open') continue; // back edge: closes a cycle
      kept.get(path)?.push(next);
      if (!state.has(next)) visit(next);
    }
    state.set(path, 'done');
    order.push(path);
  };
  for (const path of [...paths].sort(compareText)) if (!state.has(path)) visit(path);
  const layers = new Map<string, number>(paths.map((path) => [path, 0]));
  for (const path of order.reverse()) {
    const layer = layers.get(path) ?? 0;
    for (const next of kept.get(path) ?? []) {
      layers.set(next, Math.max(layers.get(next) ?? 0, layer + 1));
    }
  }
  return layers;
}

function byDateThenPath(a: DocView, b: DocView): number {
  return (
    compareText(a.date ?? a.updated ?? '', b.date ?? b.updated ?? '') || compareText(a.path, b.path)
  );
}
