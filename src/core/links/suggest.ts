/** Options of {@link suggest}. */
export interface SuggestOptions {
  /** Least similarity (1 − distance / longer length) a candidate needs. Default 0.7. */
  threshold?: number;
  /** Most suggestions returned. Default 3. */
  limit?: number;
}

/**
 * Did-you-mean: the candidates closest to `value` by edit distance, best
 * first (ties in input order). A candidate that starts with `value` or is a
 * prefix of it (`#latency` → `#latency-p99`) counts as close whatever its
 * length. Pure and bounded: each distance stops once it exceeds the budget.
 */
export function suggest(
  value: string,
  candidates: Iterable<string>,
  options: SuggestOptions = {},
): string[] {
  const threshold = options.threshold ?? 0.7;
  const scored: { candidate: string; distance: number; order: number }[] = [];
  let order = 0;
  for (const candidate of candidates) {
    order++;
    if (candidate === value || candidate === '') continue;
    const longer = Math.max(value.length, candidate.length);
    const prefix =
      value.length >= 3 && (candidate.startsWith(value) || value.startsWith(candidate));
    const budget = prefix ? longer : Math.floor(longer * (1 - threshold));
    if (Math.abs(value.length - candidate.length) > budget) continue;
    const distance = editDistance(value, candidate, budget);
    if (distance <= budget) scored.push({ candidate, distance, order });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, options.limit ?? 3)
    .map((entry) => entry.candidate);
}

/** Levenshtein distance, or `budget + 1` as soon as it is certain to exceed `budget`. */
export function editDistance(a: string, b: string, budget = Infinity): number {
  // Two rows in typed arrays, swapped, not one new array per row: did-you-mean
  // runs this against every file of the set for each missing link.
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > budget) return budget + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}
