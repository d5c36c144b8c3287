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

/** Every node of an mdast tree by type, each list in document order (preorder). */
export type NodeIndex = ReadonlyMap<string, readonly Nodes[]>;

/**
 * Index a tree's nodes by type in one walk, so the model, metrics and rules
 * that each look for headings, tables, task items or code share it (built
 * once per doc by `indexDoc`). Nodes inside ones a visitor would skip are
 * indexed too. Only for trees that are never changed after parsing.
 */
export function indexNodes(tree: Nodes): NodeIndex {
  const index = new Map<string, Nodes[]>();
  indexNode(tree, index);
  return index;
}

/** Every node of `type` in an indexed tree, like `visit(tree, type, …)` without `'skip'`. Read-only. */
export function nodesOf<Type extends Nodes['type']>(
  index: NodeIndex,
  type: Type,
): readonly Extract<Nodes, { type: Type }>[] {
  return (index.get(type) ?? []) as Extract<Nodes, { type: Type }>[];
}

function indexNode(node: Nodes, index: Map<string, Nodes[]>): void {
  const list = index.get(node.type);
  if (list) list.push(node);
  else index.set(node.type, [node]);
  if ('children' in node) {
    const children = node.children;
    for (let at = 0; at < children.length; at++) indexNode(children[at] as Nodes, index);
  }
}
