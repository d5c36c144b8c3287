import type { DocGraph, GraphEdge } from './doc-graph.ts';
import { graphLabel } from './graph-label.ts';

/**
 * The graph as a Mermaid flowchart. Node ids are made from paths
 * (`handoffs/h1.md` → `d_handoffs_h1_md`, numbered on a clash) so the
 * output reads well and diffs well; labels are quoted, with every character
 * Mermaid could read as syntax written as an entity code, so no title can
 * break the chart or inject markup. Typed edges are labelled arrows; plain
 * links are dotted.
 */
export function formatGraphMermaid(graph: DocGraph): string {
  const ids = nodeIds(graph.nodes.map((node) => node.path));
  const lines = ['flowchart LR'];
  for (const node of graph.nodes) {
    const [title, detail] = graphLabel(node);
    lines.push(`  ${ids.get(node.path) ?? ''}["${escapeLabel(title)}<br/>${escapeLabel(detail)}"]`);
  }
  for (const edge of graph.edges) {
    lines.push(`  ${ids.get(edge.from) ?? ''} ${arrow(edge)} ${ids.get(edge.to) ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function arrow(edge: GraphEdge): string {
  if (edge.type === 'links') return '-.->';
  return `-->|${edge.type.replace('_', ' ')}|`;
}

/** A Mermaid id per path, in order: letters, digits and `_` only, unique. */
function nodeIds(paths: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const path of paths) {
    const base = `d_${path.replace(/[^A-Za-z0-9]/g, '_')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    ids.set(path, id);
  }
  return ids;
}

/**
 * Text inside a quoted Mermaid label. Mermaid decodes `#code;` entities, so
 * quotes, angle brackets, `&`, `#`, backticks and brackets are written that
 * way; whitespace runs become one space.
 */
export function escapeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/["<>&#`[\]{}()|\\]/g, (char) => `#${char.codePointAt(0) ?? 0};`);
}
