import { distance } from 'fastest-levenshtein';

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
 * length. Pure; candidates whose lengths alone exceed the budget are skipped.
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

/**
 * Levenshtein distance, capped at `budget + 1` (callers only ask "within the
 * budget?"). Myers' bit-parallel algorithm from fastest-levenshtein: a
 * did-you-mean compares each missing link with every file of the set, and a
 * row-by-row table made that quadratic loop most of a cold check at 5,000 docs.
 */
export function editDistance(a: string, b: string, budget = Infinity): number {
  return Math.min(distance(a, b), budget + 1);
}
