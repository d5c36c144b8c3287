import type { GraphNode } from './doc-graph.ts';

/** A node's caption: its title (else its path), then `kind · status`, each on one line. */
export function graphLabel(node: GraphNode): [title: string, detail: string] {
  const title = (node.title ?? node.path).replace(/\s+/g, ' ').trim();
  return [title, node.status ? `${node.kind} · ${node.status}` : node.kind];
}
