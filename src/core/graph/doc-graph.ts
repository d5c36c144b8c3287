import {
  DOC_RELATION_TYPES,
  type DocKind,
  type DocStatus,
  type RelationType,
} from '../model/vocabulary.ts';

/** One doc in the relation graph. */
export interface GraphNode {
  /** The doc's path relative to the content root: the node's key. */
  path: string;
  /** The doc's stable id (frontmatter `id`, else its path). */
  id: string;
  title: string | null;
  kind: DocKind;
  status: DocStatus | null;
}

/** A typed relation, or `links` for plain links and backticked path mentions. */
export type GraphEdgeType = Exclude<RelationType, 'aliases'> | 'links';

/** Edge types in the order edges of one pair are listed. */
export const GRAPH_EDGE_TYPES: readonly GraphEdgeType[] = [...DOC_RELATION_TYPES, 'links'];

/** A directed edge between two docs, by path. */
export interface GraphEdge {
  from: string;
  to: string;
  type: GraphEdgeType;
}

/**
 * The relation graph of a doc set, every list in a fixed order so the same
 * docs give byte-identical output.
 */
export interface DocGraph {
  /** Every doc, by path. */
  nodes: GraphNode[];
  /** Edges between docs, by `from`, `to`, then type. */
  edges: GraphEdge[];
  /** Doc path → the docs with an edge to it, sorted; only docs that have any. */
  backlinks: Record<string, string[]>;
  /** Docs nothing links or relates to and that relate to no doc, sorted. */
  orphans: string[];
  /** Handoff chains from `previous`/`next`, oldest first; chains sorted by their first doc. */
  chains: string[][];
}
