import type { DocView } from '../model/doc-view.ts';
import { buildGraphEdges, type GraphEdge } from './graph-edges.ts';
import { compareText } from './compare.ts';
import { clusterNodes } from './graph-clusters.ts';

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
export const GRAPH_SIZES = {
  nodeWidth: 240,
  nodeHeight: 62,
  gapX: 56,
  gapY: 14,
  pad: 16,
  /** Between the bands of two groups of related docs. */
  gapBand: 34,
};

/**
 * Lay out the relation graph in layers, left to right: every directed edge
 * (plan → report, handoff → next handoff, old → new for supersedes) points
 * to a later column; a doc sits one column after its furthest predecessor
 * (longest path). Edges that would close a cycle are ignored for layering
 * (the `relation-cycle` rule reports them) but still drawn. Each connected
 * group of docs gets a band of its own, largest first (`clusterNodes`), so
 * edges never cross another group; within a band, docs are ordered by the
 * mean row of their predecessors, then by date and path, and each column is
 * centred on the band, so a plan sits beside the middle of its reports.
 * Only docs with a relation are placed. Pure and deterministic.
 */
export function layoutGraph(docs: readonly DocView[]): GraphLayout {
  const edges = buildGraphEdges(docs);
  const linked = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const nodes = docs.filter((doc) => linked.has(doc.path)).sort(byDateThenPath);
  const { nodeWidth, nodeHeight, gapX, gapY, pad, gapBand } = GRAPH_SIZES;
  const placed: GraphNode[] = [];
  let top = pad;
  let layerCount = 0;
  for (const cluster of clusterNodes(nodes, edges)) {
    const columns = orderColumns(cluster, edges);
    const rows = Math.max(...columns.map((column) => column.length));
    columns.forEach((column, layer) => {
      const offset = ((rows - column.length) * (nodeHeight + gapY)) / 2;
      column.forEach((doc, index) => {
        const x = pad + layer * (nodeWidth + gapX);
        placed.push({ doc, layer, x, y: top + offset + index * (nodeHeight + gapY) });
      });
    });
    top += rows * (nodeHeight + gapY) - gapY + gapBand;
    layerCount = Math.max(layerCount, columns.length);
  }
  return {
    width: layerCount === 0 ? 0 : 2 * pad + layerCount * (nodeWidth + gapX) - gapX,
    height: placed.length === 0 ? 0 : top - gapBand + pad,
    nodes: placed,
    edges,
  };
}

/** The columns of one group: its docs by layer, each column ordered to keep edges from crossing. */
function orderColumns(cluster: readonly DocView[], edges: readonly GraphEdge[]): DocView[][] {
  const paths = new Set(cluster.map((doc) => doc.path));
  const inside = edges.filter((edge) => paths.has(edge.from));
  const layers = assignLayers(
    cluster.map((doc) => doc.path),
    inside.filter((edge) => edge.type !== 'related'),
  );
  const columns: DocView[][] = [];
  for (const doc of cluster) (columns[layers.get(doc.path) ?? 0] ??= []).push(doc);
  const row = new Map<string, number>();
  return columns.map((column) => {
    const mean = (doc: DocView): number => {
      const rows = inside
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
