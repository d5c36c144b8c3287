import type { Summary } from './summarize.ts';

/** Which findings stop a build: `error` ones, `warning` or worse, or `never`. */
export type FailOn = 'error' | 'warning' | 'never';

/** Every {@link FailOn} level, for validating options and arguments. */
export const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'never'];

/** Whether a string is a {@link FailOn} level. */
export function isFailOn(value: unknown): value is FailOn {
  return (FAIL_ON_LEVELS as readonly unknown[]).includes(value);
}

/**
 * The one gate of `check`, `build` and the Astro integration: whether the
 * findings counted in `summary` reach `failOn`, or are more warnings than
 * `maxWarnings` (`check --max-warnings`).
 */
export function reachesFailOn(summary: Summary, failOn: FailOn, maxWarnings?: number): boolean {
  if (failOn === 'never') return false;
  if (summary.errors > 0) return true;
  if (failOn === 'warning' && summary.warnings > 0) return true;
  return maxWarnings !== undefined && summary.warnings > maxWarnings;
}
