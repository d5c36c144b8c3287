import type { ParsedNumber } from './parse-number.ts';
import { minutesPer } from './units.ts';

/**
 * Write a value the way `like` was written: same unit (`hrs`), digit
 * grouping (`1,373`) and at least its decimals, so a message can say
 * "write `3.42 hrs`" in the doc's own style. Durations are given in minutes,
 * as {@link ParsedNumber} holds them. Ratios are written `numerator/denominator`.
 */
export function formatLike(
  value: { min: number; max: number; numerator?: number; denominator?: number },
  like: ParsedNumber,
): string {
  if (like.kind === 'ratio') {
    const ratio = `${formatPlain(value.numerator ?? value.min, like)}/${formatPlain(value.denominator ?? 0, like)}`;
    return like.unitText ? `${ratio} ${like.unitText}` : ratio;
  }
  const scale = like.kind === 'duration' ? minutesPer(like.unit) : 1;
  const low = formatPlain(value.min / scale, like);
  const number =
    value.max === value.min
      ? low
      : Number.isFinite(value.max)
        ? `${low}-${formatPlain(value.max / scale, like)}`
        : `${low}+`;
  if (like.kind === 'percent') return `${number}%`;
  return like.unitText ? `${number} ${like.unitText}` : number;
}

/** A percent with the decimals `like` was written with (at least none). */
export function formatPercent(value: number, decimals: number): string {
  return `${roundTo(value, decimals)}%`;
}

function formatPlain(value: number, like: ParsedNumber): string {
  // At least the decimals of the original, and up to two when needed.
  let decimals = like.decimals;
  while (decimals < Math.max(like.decimals, 2) && roundTo(value, decimals) !== roundTo(value, 6))
    decimals++;
  const rounded = roundTo(value, decimals);
  return like.grouped
    ? rounded.toLocaleString('en-US', { maximumFractionDigits: decimals })
    : String(rounded);
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
