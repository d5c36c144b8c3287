/**
 * Memoize `compute` for the latest key only. The model and the per-doc rules
 * ask for a doc's derived data (masked lines, sections, tables) many times
 * while that doc is checked, and never after: keeping only the latest shares
 * it as well as a per-doc cache, without holding thousands of docs' copies
 * until the end of the check. A key asked again later is computed again.
 */
export function lastDocMemo<Key extends object, Value>(
  compute: (key: Key) => Value,
): (key: Key) => Value {
  let last: { key: Key; value: Value } | undefined;
  return (key) => {
    if (last?.key !== key) last = { key, value: compute(key) };
    return last.value;
  };
}
