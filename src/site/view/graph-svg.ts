import { KIND_LABEL, STATUS_LABEL, formatDate, plural } from './format.ts';
import { GRAPH_SIZES, type GraphLayout, type GraphNode } from './graph-layout.ts';
import { coord, escapeXml } from './svg.ts';

/** Characters per line of a box's title; a title takes two lines at most. */
const LINE = 30;

/**
 * The relation graph as one static SVG: boxes for docs (title, kind, date;
 * a stripe in the status color), curves for edges with an arrow toward the
 * later doc (none for `related`). It is an image with a title and a
 * description; the page lists the same relations as links for keyboards and
 * screen readers. Returns '' for an empty layout.
 */
export function graphSvg(layout: GraphLayout): string {
  if (layout.nodes.length === 0) return '';
  const byPath = new Map(layout.nodes.map((node) => [node.doc.path, node]));
  const edges = layout.edges.flatMap((edge) => {
    const from = byPath.get(edge.from);
    const to = byPath.get(edge.to);
    if (!from || !to) return [];
    const arrow = edge.type === 'related' ? '' : ' marker-end="url(#graph-arrow)"';
    return [`<path class="graph-edge edge-${edge.type}" d="${edgePath(from, to)}"${arrow}/>`];
  });
  const nodes = layout.nodes.map(nodeSvg);
  const title = `Relations between ${plural(layout.nodes.length, 'doc')}`;
  const desc = `${plural(layout.edges.length, 'relation')}; plans on the left, their reports to the right, handoffs and replacements from older to newer.`;
  return (
    `<svg class="graph" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="graph-title graph-desc">` +
    `<title id="graph-title">${escapeXml(title)}</title>` +
    `<desc id="graph-desc">${escapeXml(desc)}</desc>` +
    `<defs><marker id="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path class="graph-arrowhead" d="M0,1 L9,5 L0,9 z"/></marker></defs>` +
    `<g class="graph-edges">${edges.join('')}</g>` +
    `<g class="graph-nodes">${nodes.join('')}</g>` +
    `</svg>`
  );
}

/**
 * A curve from the right side of `from` to the left side of `to`; when `to`
 * is not in a later column, a loop out of and back into the right sides.
 */
function edgePath(from: GraphNode, to: GraphNode): string {
  const { nodeWidth, nodeHeight } = GRAPH_SIZES;
  const y1 = from.y + nodeHeight / 2;
  const y2 = to.y + nodeHeight / 2;
  if (to.layer > from.layer) {
    const x1 = from.x + nodeWidth;
    const x2 = to.x;
    const bend = (x2 - x1) / 2;
    return `M${coord(x1)},${coord(y1)} C${coord(x1 + bend)},${coord(y1)} ${coord(x2 - bend)},${coord(y2)} ${coord(x2)},${coord(y2)}`;
  }
  const x1 = from.x + nodeWidth;
  const x2 = to.x + nodeWidth;
  const reach = Math.max(x1, x2) + 30;
  return `M${coord(x1)},${coord(y1)} C${coord(reach)},${coord(y1)} ${coord(reach)},${coord(y2)} ${coord(x2)},${coord(y2)}`;
}

function nodeSvg(node: GraphNode): string {
  const { nodeWidth, nodeHeight } = GRAPH_SIZES;
  const { doc } = node;
  const status = doc.status ? STATUS_LABEL[doc.status] : 'No status';
  const meta = `${KIND_LABEL[doc.kind].one} · ${doc.date === null ? status : formatDate(doc.date)}`;
  return (
    `<g class="graph-node status-${doc.status ?? 'unknown'}" transform="translate(${coord(node.x)},${coord(node.y)})">` +
    `<title>${escapeXml(`${doc.label} (${status})`)}</title>` +
    `<rect class="graph-box" width="${nodeWidth}" height="${nodeHeight}" rx="6"/>` +
    `<rect class="graph-stripe" width="4" height="${nodeHeight}" rx="2"/>` +
    titleLines(doc.label)
      .map(
        (line, index) =>
          `<text class="graph-title" x="12" y="${19 + 15 * index}">${escapeXml(line)}</text>`,
      )
      .join('') +
    `<text class="graph-meta" x="12" y="${nodeHeight - 10}">${escapeXml(meta)}</text>` +
    `</g>`
  );
}

/** A title in at most two lines of {@link LINE} characters, broken at a space where one is near. */
function titleLines(label: string): string[] {
  if (label.length <= LINE) return [label];
  const space = label.lastIndexOf(' ', LINE);
  const cut = space > LINE / 2 ? space : LINE;
  const rest = label.slice(cut).trim();
  return [label.slice(0, cut).trimEnd(), rest.length > LINE ? `${rest.slice(0, LINE - 1)}…` : rest];
}
