import type { ParsedNumber } from './parse-number.ts';
import { isDayOrLonger } from './units.ts';

/** The sum of some values, as an interval (ranges and bounds widen it). */
export interface NumberSum {
  min: number;
  /** `Infinity` when a term was a lower bound (`800+`). */
  max: number;
  /** For ratios: the summed numerators and denominators. */
  numerator?: number;
  denominator?: number;
}

/** How a written total compares with the sum of its terms. */
export interface SumComparison {
  matches: boolean;
  sum: NumberSum;
}

/** An estimate (`~40`) may be off by this share of its value. */
const APPROX_SHARE = 0.1;

/**
 * Compare a written total with the sum of `terms`, or return null when the
 * values cannot be compared safely: mixed kinds or units, a bounded total
 * (`≥ 40`), days mixed with hours, percents (which average rather than add).
 *
 * Tolerance, so that only real contradictions are reported:
 * - the total may be rounded to the precision it is written with: `3.4 h` to
 *   the tenth (±3 min); `3.5 h` and `2 h` to the half and whole hour, since
 *   that is how people round hours. A total written in the same unit as its
 *   terms is held to their precision (`1.5 h + 2 h` is not `3 h`).
 * - terms written to decimal places (`631.7 s`, `1.2k`) are rounded
 *   measurements: each may be off by half its last digit, and so may the sum.
 * - an estimate (`~`) anywhere widens the tolerance by 10% of its value.
 * - ranges sum as ranges: a range total must match both bounds; a single
 *   total must fall inside a range sum, and a range total must contain a
 *   single sum.
 */
export function compareSum(terms: ParsedNumber[], total: ParsedNumber): SumComparison | null {
  const kind = total.kind;
  if (kind === 'percent' || total.bound || terms.length === 0) return null;
  if (terms.some((term) => term.kind !== kind) || !sameNoun([total, ...terms])) return null;
  if (
    kind === 'duration' &&
    new Set([total, ...terms].map((t) => isDayOrLonger(t.unit))).size > 1
  ) {
    return null;
  }
  return kind === 'ratio' ? compareRatios(terms, total) : compareValues(terms, total);
}

function compareRatios(terms: ParsedNumber[], total: ParsedNumber): SumComparison | null {
  if (terms.some((term) => term.bound)) return null;
  const numerator = sumOf(terms.map((term) => term.numerator ?? 0));
  const denominator = sumOf(terms.map((term) => term.denominator ?? 0));
  const approx = total.approx || terms.some((term) => term.approx);
  const close = (a: number, b: number): boolean =>
    Math.abs(a - b) <= (approx ? APPROX_SHARE * Math.abs(b) : 0) + epsilon(b);
  const matches =
    close(total.numerator ?? 0, numerator) && close(total.denominator ?? 0, denominator);
  return { matches, sum: { min: numerator, max: numerator, numerator, denominator } };
}

function compareValues(terms: ParsedNumber[], total: ParsedNumber): SumComparison {
  let min = 0;
  let max = 0;
  let slack = 0;
  for (const term of terms) {
    min += term.bound === 'atMost' ? Math.min(0, term.min) : term.min;
    max += term.bound === 'atLeast' ? Infinity : term.max;
    if (term.approx) slack += APPROX_SHARE * Math.abs(term.max);
    // `631.7 s` is any value from 631.65 to 631.75: rounded terms add their error.
    if (term.rounded) slack += term.step / 2;
  }
  let step = total.step;
  if (total.kind === 'duration') {
    for (const term of terms) if (term.unit === total.unit) step = Math.min(step, term.step);
  }
  const tolerance =
    step / 2 + slack + (total.approx ? APPROX_SHARE * Math.abs(total.max) : 0) + epsilon(max);
  const sum = { min, max };
  if (total.min < total.max && min < max && Number.isFinite(max)) {
    const matches =
      Math.abs(total.min - min) <= tolerance && Math.abs(total.max - max) <= tolerance;
    return { matches, sum };
  }
  return { matches: total.min - tolerance <= max && total.max + tolerance >= min, sum };
}

/** Counts add only when they count the same thing: `5 tests` and `3 files` do not. */
function sameNoun(values: ParsedNumber[]): boolean {
  if (values[0]?.kind !== 'count' && values[0]?.kind !== 'ratio') return true;
  return new Set(values.flatMap((value) => (value.unit ? [value.unit] : []))).size <= 1;
}

function sumOf(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0);
}

/** Room for floating-point error (`0.1 + 0.2`). */
function epsilon(magnitude: number): number {
  return Number.isFinite(magnitude) ? 1e-9 * Math.max(1, Math.abs(magnitude)) : 1e-9;
}
