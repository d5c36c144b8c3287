import { readQuantity, type Quantity } from './read-quantity.ts';

/** What a number measures. */
export type NumberKind = 'count' | 'percent' | 'duration' | 'ratio';

/**
 * A number as a status doc writes it: `~40`, `1,373`, `40%`, `4-6 hours`,
 * `31/62`. A single value has `min === max`; a range has `min < max`.
 */
export interface ParsedNumber {
  /** Smallest value; durations in minutes, percents in points, ratios the numerator. */
  min: number;
  /** Largest value, in the same unit as `min`. */
  max: number;
  kind: NumberKind;
  /** Canonical unit: `%`, `ms`, `s`, `min`, `h`, `d`, `w` or a singular count noun (`line`). */
  unit?: string;
  /** The unit as written (`hrs`, `minutes`, `lines`). */
  unitText?: string;
  /** Written as an estimate: `~`, `≈`, `about`, `approx.`, `roughly`. */
  approx: boolean;
  /** Written as a bound: `800+`, `≥90%`, `> 5` (`atLeast`); `<5`, `≤ 2 h` (`atMost`). */
  bound?: 'atLeast' | 'atMost';
  /** Written with an explicit sign (`+12`, `-50%`): usually a change, not a level. */
  signed: boolean;
  /** For ratios (`31/62`, `31 of 62`): the two counts. */
  numerator?: number;
  denominator?: number;
  /**
   * How finely the value is written, in the unit of `min`: `3.5` hours is
   * written to the half hour (30), `3.4` hours to the tenth (6), `1,373` to 1.
   */
  step: number;
  /** Decimal places as written (`98.6%` → 1). */
  decimals: number;
  /**
   * Written to decimal places that suggest a rounded measurement (`631.7 s`,
   * `98.6%`, `1.2k`), rather than an exact figure (`12`, `15 min`) or a half
   * or quarter hour (`1.5 h`). Sums of rounded values may be off by half a
   * step per term.
   */
  rounded: boolean;
  /** Whether digits were grouped with commas (`1,373`). */
  grouped: boolean;
}

const MAX_LENGTH = 120;
const APPROX =
  /^(?:~=|~|≈|∼|about\b|approx\.?|approximately\b|around\b|roughly\b|circa\b|ca\.|est\.)\s*/i;
const AT_LEAST = /^(?:>=|≥|⩾|>|at least\b|over\b|more than\b)\s*/i;
const AT_MOST = /^(?:<=|≤|⩽|<|under\b|less than\b|up to\b)\s*/i;
const RANGE = /^\s*(?:-|–|—|to\b)\s*/;
const RATIO = /^\s*(?:\/|of\b)\s*/;
// Emoji, mojibake and footnote marks around a value: `✅ 100%`, `50% ⚠️`, `~85%*`.
// Non-ASCII characters that carry meaning (≥ ≤ ≈ ∼ dashes, minus) are kept.
const DECORATION = /[^\x20-\x7E≥≤⩾⩽≈∼–—−]|[*_`†‡]/u;

/**
 * Parse one number as status docs write it, or return null when the text is
 * anything more than a number with its unit and markers.
 *
 * Accepts `~40`, `1,373`, `40%`, `+12`, `**31**`, `4-6 hours`, `4–6`,
 * `3.5 hrs`, `15 min`, `1h 30m`, `98.6%`, `31/62`, `31 of 62 tests`, `800+`,
 * `≥90%`, `1.2k`, with emoji or footnote marks around it (`✅ 100%`). Rejects
 * dates (`2025-12-12`), versions (`1.2.3`), and values followed by words
 * that are not units (`5 tests (estimated)`).
 *
 * Durations are normalized to minutes so that `15 min` and `1.5 h` add up.
 * Pure; never throws.
 */
export function parseNumber(text: string): ParsedNumber | null {
  // A number with its unit and marks is short; long text is prose, and
  // skipping it keeps every regex below linear on hostile input. Every
  // number has a digit; most table cells and words have none.
  if (text.length > MAX_LENGTH || !/[0-9]/.test(text)) return null;
  return parse(text);
}

function parse(text: string): ParsedNumber | null {
  // A bare count (`1505`), the commonest cell, without the general path's dozen regexes.
  if (/^[0-9]+$/.test(text)) return count(Number(text));
  let s = stripDecoration(text.replace(/[\u00A0\u2009\u202F]/g, ' '));
  let approx = false;
  let bound: ParsedNumber['bound'];
  for (let changed = true; changed;) {
    changed = false;
    let match = APPROX.exec(s);
    if (match) {
      approx = true;
      s = s.slice(match[0].length);
      changed = true;
    }
    match = AT_LEAST.exec(s);
    if (match) {
      bound = 'atLeast';
      s = s.slice(match[0].length);
      changed = true;
    }
    match = AT_MOST.exec(s);
    if (match) {
      bound = 'atMost';
      s = s.slice(match[0].length);
      changed = true;
    }
  }
  let sign = 1;
  const signMatch = /^([+\-−])\s*(?=[\d.])/.exec(s);
  if (signMatch) {
    sign = signMatch[1] === '+' ? 1 : -1;
    s = s.slice(signMatch[0].length);
  }
  const first = readQuantity(s, 0);
  if (!first) return null;
  let end = first.end;
  let second: Quantity | null = null;
  let kind: NumberKind | undefined;
  const range = RANGE.exec(s.slice(end));
  const ratio = RATIO.exec(s.slice(end));
  if (range && !first.plus) {
    second = readQuantity(s, end + range[0].length);
    if (!second || second.plus) return null;
    end = second.end;
  } else if (ratio && !first.unit && !first.plus) {
    second = readQuantity(s, end + ratio[0].length);
    if (!second || second.unit?.kind === 'percent' || second.unit?.kind === 'duration') return null;
    end = second.end;
    kind = 'ratio';
  }
  if (s.slice(end).trim() !== '') return null;
  if (first.plus) bound = 'atLeast';
  return kind === 'ratio' && second
    ? buildRatio(first, second, approx, bound, signMatch !== null)
    : buildValue(first, second, { approx, bound, sign, signed: signMatch !== null });
}

/** What the general path gives for a bare count. */
function count(value: number): ParsedNumber {
  return {
    min: value,
    max: value,
    kind: 'count',
    approx: false,
    signed: false,
    step: 1,
    decimals: 0,
    rounded: false,
    grouped: false,
  };
}

function buildRatio(
  numerator: Quantity,
  denominator: Quantity,
  approx: boolean,
  bound: ParsedNumber['bound'],
  signed: boolean,
): ParsedNumber | null {
  if (signed || (denominator.value === 0 && numerator.value !== 0)) return null;
  const result: ParsedNumber = {
    min: numerator.value,
    max: numerator.value,
    kind: 'ratio',
    approx,
    signed: false,
    numerator: numerator.value,
    denominator: denominator.value,
    step: numerator.step,
    decimals: numerator.decimals,
    rounded: false,
    grouped: numerator.grouped || denominator.grouped,
  };
  if (denominator.unit) {
    result.unit = denominator.unit.unit;
    result.unitText = denominator.unitText;
  }
  if (bound) result.bound = bound;
  return result;
}

function buildValue(
  first: Quantity,
  second: Quantity | null,
  marks: { approx: boolean; bound: ParsedNumber['bound']; sign: number; signed: boolean },
): ParsedNumber | null {
  // `4-6 hours`: the first bound takes the second's unit; `1h-90min` converts.
  const unit = second?.unit ?? first.unit;
  if (first.unit && second?.unit && first.unit.kind !== second.unit.kind) return null;
  const scale = (q: Quantity): number => (q.unit ? 1 : (unit?.factor ?? 1));
  const low = first.value * scale(first) * marks.sign;
  const high = second ? second.value * scale(second) : low;
  if (second && (marks.sign < 0 || high < low)) return null;
  const steps = [first.step * scale(first), second ? second.step * scale(second) : Infinity];
  const result: ParsedNumber = {
    min: low,
    max: high,
    kind: unit?.kind ?? 'count',
    approx: marks.approx,
    signed: marks.signed,
    step: Math.min(...steps),
    decimals: Math.max(first.decimals, second?.decimals ?? 0),
    rounded: first.rounded || (second?.rounded ?? false),
    grouped: first.grouped || (second?.grouped ?? false),
  };
  if (unit) {
    result.unit = unit.unit;
    result.unitText = second?.unitText ?? first.unitText;
  }
  if (marks.bound) result.bound = marks.bound;
  return result;
}

/** Remove emoji, mojibake, markup and footnote marks before and after the value. */
function stripDecoration(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (DECORATION.test(text.charAt(start)) || text.charAt(start) === ' '))
    start++;
  while (end > start && (DECORATION.test(text.charAt(end - 1)) || text.charAt(end - 1) === ' '))
    end--;
  return text.slice(start, end);
}

/**
 * Parse a ratio followed by its percent, `31/62 (50%)`, as status docs often
 * write a pass rate. Returns both parts, or null.
 */
export function parseRatioWithPercent(
  text: string,
): { ratio: ParsedNumber; percent: ParsedNumber } | null {
  // Both parts need a digit, and the percent its parentheses; most cells have neither.
  if (text.length > MAX_LENGTH || !text.includes('(') || !/[0-9]/.test(text)) return null;
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(stripDecoration(text));
  if (!match?.[1] || !match[2]) return null;
  const ratio = parseNumber(match[1]);
  const percent = parseNumber(match[2]);
  if (ratio?.kind !== 'ratio' || percent?.kind !== 'percent') return null;
  return { ratio, percent };
}
