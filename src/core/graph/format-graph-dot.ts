import type { DocGraph, GraphEdgeType } from './doc-graph.ts';
import { graphLabel } from './graph-label.ts';

// Plain links are the weakest tie: dashed, without a label.
const EDGE_STYLE: Record<GraphEdgeType, string> = {
  plan: 'label="plan"',
  supersedes: 'label="supersedes", style=bold',
  superseded_by: 'label="superseded by", style=bold',
  previous: 'label="previous"',
  next: 'label="next"',
  related: 'label="related", style=dotted',
  links: 'style=dashed, color=gray50',
};

/**
 * The graph in Graphviz DOT: one node per doc (keyed by path, labelled with
 * its title, kind and status), one edge per relation. Every string is
 * quoted, with `\` and `"` escaped, so any title or path is safe.
 */
export function formatGraphDot(graph: DocGraph): string {
  const lines = [
    'digraph statusdocs {',
    '  rankdir=LR;',
    '  node [shape=box, fontname="sans-serif"];',
  ];
  for (const node of graph.nodes) {
    const [title, detail] = graphLabel(node);
    lines.push(`  ${quote(node.path)} [label=${quote(`${title}\n${detail}`)}];`);
  }
  for (const edge of graph.edges) {
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [${EDGE_STYLE[edge.type]}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A DOT double-quoted string; a newline becomes DOT's `\n` line break. */
export function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\n')}"`;
}
