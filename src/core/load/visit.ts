import type { Nodes } from 'mdast';

/** A visitor; returning `'skip'` leaves the node's children out, anything else goes on. */
type Visitor<Node> = (node: Node) => unknown;

/**
 * Visit every node of an mdast tree in document order (preorder), or only
 * nodes of one type. A drop-in for the calls statusdocs makes of
 * `unist-util-visit`, which profiling showed cost about a third of `check`:
 * it creates a closure and renames a function for every node. This is a
 * plain recursive walk; visitors must not add or remove siblings.
 */
export function visit(tree: Nodes, visitor: Visitor<Nodes>): void;
export function visit<Type extends Nodes['type']>(
  tree: Nodes,
  type: Type,
  visitor: Visitor<Extract<Nodes, { type: Type }>>,
): void;
export function visit(
  tree: Nodes,
  typeOrVisitor: string | Visitor<Nodes>,
  maybeVisitor?: Visitor<Nodes>,
): void {
  if (typeof typeOrVisitor === 'function') walk(tree, undefined, typeOrVisitor);
  else if (maybeVisitor) walk(tree, typeOrVisitor, maybeVisitor);
}

function walk(node: Nodes, type: string | undefined, visitor: Visitor<Nodes>): void {
  if ((type === undefined || node.type === type) && visitor(node) === 'skip') return;
  if ('children' in node) {
    for (const child of node.children) walk(child, type, visitor);
  }
}
