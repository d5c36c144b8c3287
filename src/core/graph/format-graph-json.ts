import type { DocGraph } from './doc-graph.ts';

/**
 * The graph as JSON: `{ nodes, edges, backlinks, orphans, chains }`, two-space
 * indented with a final newline. The graph's lists are already in a fixed
 * order, so the output is byte-identical for the same docs.
 */
export function formatGraphJson(graph: DocGraph): string {
  const { nodes, edges, backlinks, orphans, chains } = graph;
  return `${JSON.stringify({ nodes, edges, backlinks, orphans, chains }, null, 2)}\n`;
}
