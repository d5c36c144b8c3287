/** A directed edge between docs, with whatever the caller needs to report it. */
export interface Edge<T> {
  from: string;
  to: string;
  data: T;
}

/**
 * Every cycle of a directed graph, one per strongly connected component of
 * two or more nodes (Tarjan's algorithm, iterative so long chains cannot
 * overflow the stack). Each cycle starts at the edge whose `from` sorts
 * first and lists the shortest way back: `[a, b, a]`. Self-loops are not
 * included; callers report those on their own.
 */
export function findCycles<T>(edges: readonly Edge<T>[]): { path: string[]; edge: Edge<T> }[] {
  const out = new Map<string, Edge<T>[]>();
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    const list = out.get(edge.from);
    if (list) list.push(edge);
    else out.set(edge.from, [edge]);
  }
  const cycles: { path: string[]; edge: Edge<T> }[] = [];
  for (const component of stronglyConnected(out)) {
    if (component.size < 2) continue;
    const inside = edges
      .filter((edge) => component.has(edge.from) && component.has(edge.to) && edge.from !== edge.to)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
    const first = inside[0];
    if (first)
      cycles.push({
        path: [first.from, ...shortestPath(first.to, first.from, out, component)],
        edge: first,
      });
  }
  return cycles.sort((a, b) => (a.edge.from < b.edge.from ? -1 : 1));
}

function stronglyConnected<T>(out: ReadonlyMap<string, Edge<T>[]>): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: Set<string>[] = [];
  let counter = 0;
  for (const root of out.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const edge = out.get(frame.node)?.[frame.next++];
      if (edge) {
        if (!index.has(edge.to)) {
          index.set(edge.to, counter);
          low.set(edge.to, counter++);
          stack.push(edge.to);
          onStack.add(edge.to);
          work.push({ node: edge.to, next: 0 });
        } else if (onStack.has(edge.to)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(edge.to) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = new Set<string>();
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member !== undefined) {
            onStack.delete(member);
            component.add(member);
          }
        } while (member !== undefined && member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** Breadth-first path from `start` to `goal` inside a component, both ends included. */
function shortestPath<T>(
  start: string,
  goal: string,
  out: ReadonlyMap<string, Edge<T>[]>,
  component: ReadonlySet<string>,
): string[] {
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at] ?? '';
    if (node === goal) break;
    for (const { to } of out.get(node) ?? []) {
      if (component.has(to) && !previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  const path: string[] = [];
  for (let node: string | null | undefined = goal; node != null; node = previous.get(node)) {
    path.unshift(node);
  }
  return path;
}
