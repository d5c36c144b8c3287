import type { GraphEdge } from './doc-graph.ts';

/**
 * Handoff chains in reading order, from `next` edges (`a` next `b`) and
 * `previous` edges (`b` previous `a`), both meaning `a` comes before `b`.
 * When two docs claim the same place the first edge in `edges` order wins,
 * so every doc has at most one successor and one predecessor and the chains
 * are paths. A chain closed into a loop starts at its first doc by path.
 * Only chains of two docs or more. Pure; `edges` must be sorted.
 */
export function findChains(edges: readonly GraphEdge[]): string[][] {
  const pairs = edges.flatMap((edge) => {
    if (edge.from === edge.to) return [];
    if (edge.type === 'next') return [[edge.from, edge.to] as const];
    if (edge.type === 'previous') return [[edge.to, edge.from] as const];
    return [];
  });
  const after = new Map<string, string>();
  const before = new Map<string, string>();
  for (const [a, b] of [...pairs].sort(
    ([a1, b1], [a2, b2]) => compare(a1, a2) || compare(b1, b2),
  )) {
    if (after.has(a) || before.has(b)) continue;
    after.set(a, b);
    before.set(b, a);
  }
  const starts = [...after.keys()].filter((doc) => !before.has(doc)).sort(compare);
  const loops = [...after.keys()].sort(compare);
  const seen = new Set<string>();
  const chains: string[][] = [];
  for (const start of [...starts, ...loops]) {
    if (seen.has(start)) continue;
    const chain: string[] = [];
    for (
      let doc: string | undefined = start;
      doc !== undefined && !seen.has(doc);
      doc = after.get(doc)
    ) {
      seen.add(doc);
      chain.push(doc);
    }
    if (chain.length > 1) chains.push(chain);
  }
  return chains.sort((a, b) => compare(a[0] ?? '', b[0] ?? ''));
}

/** Code-unit order, the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
