/**
 * Compare strings by code unit, the same on every machine (no locale), so
 * lists come out in the same order on every build.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compare `YYYY-MM-DD` dates newest first; null (undated) sorts last. */
export function compareNewest(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
