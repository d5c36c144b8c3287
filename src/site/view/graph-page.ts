import type { DocView } from '../model/doc-view.ts';
import type { GraphEdgeType } from './graph-edges.ts';
import { layoutGraph } from './graph-layout.ts';
import { graphSvg } from './graph-svg.ts';

/** A relation as the list under the graph reads it: `A is the plan of B`. */
export interface GraphRelation {
  from: { url: string; label: string };
  verb: string;
  to: { url: string; label: string };
}

/** The graph page: the drawing, and the same relations as a list. */
export interface GraphPage {
  /** Static SVG, or '' when no doc has a relation. */
  svg: string;
  /** Docs on the graph. */
  linked: number;
  /** Docs without any relation, left off the graph. */
  unlinked: number;
  relations: GraphRelation[];
}

const VERB: Readonly<Record<GraphEdgeType, string>> = {
  plan: 'is the plan of',
  handoff: 'is followed by',
  supersedes: 'is replaced by',
  related: 'is related to',
};

/** The relation graph of `docs`. Pure. */
export function buildGraphPage(docs: readonly DocView[]): GraphPage {
  const layout = layoutGraph(docs);
  const byPath = new Map(docs.map((doc) => [doc.path, doc]));
  return {
    svg: graphSvg(layout),
    linked: layout.nodes.length,
    unlinked: docs.length - layout.nodes.length,
    relations: layout.edges.flatMap((edge) => {
      const from = byPath.get(edge.from);
      const to = byPath.get(edge.to);
      return from && to
        ? [
            {
              from: { url: from.url, label: from.label },
              verb: VERB[edge.type],
              to: { url: to.url, label: to.label },
            },
          ]
        : [];
    }),
  };
}
