import type { Root } from 'mdast';
import { nodesOf } from '../load/visit.ts';

/** Offsets `[start, end)` of a doc's code, where most rules are off. */
export interface CodeRanges {
  /** Code blocks, in document order. */
  blocks: readonly [number, number][];
  /** Inline code spans, in document order. */
  inline: readonly [number, number][];
  /** Both, sorted by start. */
  all: readonly [number, number][];
}

const found = new WeakMap<Root, CodeRanges>();

/**
 * The code blocks and inline code of a tree, found once per tree and shared
 * by the rules that skip code (`mojibake`, `replacement-char`,
 * `local-path-leak`). Read-only.
 */
export function codeRangesOf(tree: Root): CodeRanges {
  let ranges = found.get(tree);
  if (!ranges) {
    const blocks = nodesOf(tree, 'code').flatMap(rangeOf);
    const inline = nodesOf(tree, 'inlineCode').flatMap(rangeOf);
    const all = [...blocks, ...inline].sort((a, b) => a[0] - b[0]);
    ranges = { blocks, inline, all };
    found.set(tree, ranges);
  }
  return ranges;
}

function rangeOf(node: {
  position?: { start: { offset?: number }; end: { offset?: number } };
}): [number, number][] {
  return node.position ? [[node.position.start.offset ?? 0, node.position.end.offset ?? 0]] : [];
}
