import { nodesOf, type NodeIndex } from './visit.ts';

/** Offsets `[start, end)` of a doc's code, where most rules are off. */
export interface CodeRanges {
  /** Code blocks, in document order. */
  blocks: readonly [number, number][];
  /** Inline code spans, in document order. */
  inline: readonly [number, number][];
  /** Both, sorted by start. */
  all: readonly [number, number][];
}

/**
 * The code blocks and inline code of an indexed tree, for the rules that
 * skip code (`mojibake`, `replacement-char`, `local-path-leak`).
 */
export function findCodeRanges(nodes: NodeIndex): CodeRanges {
  const blocks = nodesOf(nodes, 'code').flatMap(rangeOf);
  const inline = nodesOf(nodes, 'inlineCode').flatMap(rangeOf);
  const all = [...blocks, ...inline].sort((a, b) => a[0] - b[0]);
  return { blocks, inline, all };
}

function rangeOf(node: {
  position?: { start: { offset?: number }; end: { offset?: number } };
}): [number, number][] {
  return node.position ? [[node.position.start.offset ?? 0, node.position.end.offset ?? 0]] : [];
}
