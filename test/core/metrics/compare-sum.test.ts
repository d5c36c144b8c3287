import { describe, expect, it } from 'vitest';
import { compareSum } from '../../../src/core/metrics/compare-sum.ts';
import { formatLike } from '../../../src/core/metrics/format-number.ts';
import { parseNumber, type ParsedNumber } from '../../../src/core/metrics/parse-number.ts';

function parse(text: string): ParsedNumber {
  const value = parseNumber(text);
  if (!value) throw new Error(`not a number: ${text}`);
  return value;
}

/** Whether `total` is accepted as the sum of `terms`; null when not comparable. */
function accepts(terms: string[], total: string): boolean | null {
  return compareSum(terms.map(parse), parse(total))?.matches ?? null;
}

describe('compareSum', () => {
  it('checks counts exactly', () => {
    expect(accepts(['1000', '800', '1600'], '3400')).toBe(true);
    expect(accepts(['1,000', '850', '400'], '2,350')).toBe(false);
  });

  it('lets a total round to the precision it is written with', () => {
    const rows = ['15 min', '35 min', '25 min', '40 min', '30 min', '60 min']; // 205 min
    expect(accepts(rows, '3.5 hrs')).toBe(true); // half hours: 3.42 h rounds to 3.5
    expect(accepts(rows, '3.4 hrs')).toBe(true); // tenths: 3.42 h rounds to 3.4
    expect(accepts(rows, '3.3 hrs')).toBe(false);
    expect(accepts(rows, '3 hrs')).toBe(true); // whole hours: 3.42 h rounds to 3
    expect(accepts(rows, '4 hrs')).toBe(false);
    expect(accepts(rows, '205 min')).toBe(true);
    expect(accepts(rows, '200 min')).toBe(false);
  });

  it('holds a total to the precision of terms in its own unit', () => {
    expect(accepts(['1.5 h', '2 h'], '3 h')).toBe(false);
    expect(accepts(['1.5 h', '2 h'], '3.5 h')).toBe(true);
  });

  it('lets rounded measurements in the rows add up their rounding error', () => {
    const rows = ['120.4 s', '200.3 s', '311.1 s']; // written sum 631.8 s
    expect(accepts(rows, '631.7 s')).toBe(true);
    expect(accepts(rows, '631.9 s')).toBe(true);
    expect(accepts(rows, '632.2 s')).toBe(false);
    expect(accepts(['1 h', '2 h', '1 h'], '5 h')).toBe(false);
  });

  it('sums ranges as ranges', () => {
    expect(accepts(['4-6 hours', '8-12 hours', '2 hours'], '14-20 hours')).toBe(true);
    expect(accepts(['4-6 hours', '8-12 hours', '2 hours'], '14-18 hours')).toBe(false);
    expect(accepts(['1-2 h', '3 h'], '4.5 h')).toBe(true);
    expect(accepts(['1 h', '3 h'], '3-5 h')).toBe(true);
    expect(accepts(['1 h', '3 h'], '5-6 h')).toBe(false);
  });

  it('gives estimates and bounds room', () => {
    expect(accepts(['1000', '800+', '1600'], '3400')).toBe(true);
    expect(accepts(['1000', '800+', '1600'], '3300')).toBe(false);
    expect(accepts(['1000', '~1,600'], '2,700')).toBe(true);
    expect(accepts(['1000', '1,600'], '2,700')).toBe(false);
    expect(accepts(['1,234', '456'], '~1.7k')).toBe(true);
  });

  it('sums ratios part by part', () => {
    expect(accepts(['10/12', '4/5'], '14/17')).toBe(true);
    expect(accepts(['10/12', '4/5'], '15/17')).toBe(false);
  });

  it('refuses what cannot be added', () => {
    expect(accepts(['40%', '60%'], '100%')).toBeNull();
    expect(accepts(['5 tests', '3 files'], '8')).toBeNull();
    expect(accepts(['2 days', '4 h'], '20 h')).toBeNull();
    expect(accepts(['15 min', '3'], '18 min')).toBeNull();
    expect(accepts(['1', '2'], '≥3')).toBeNull();
  });
});

describe('formatLike', () => {
  it('writes a sum in the style of the total', () => {
    expect(formatLike({ min: 205, max: 205 }, parse('3.5 hrs'))).toBe('3.42 hrs');
    expect(formatLike({ min: 2250, max: 2250 }, parse('2,350'))).toBe('2,250');
    expect(formatLike({ min: 840, max: 1200 }, parse('14-18 hours'))).toBe('14-20 hours');
    expect(formatLike({ min: 3400, max: Infinity }, parse('3,300'))).toBe('3,400+');
    expect(formatLike({ min: 14, max: 14, numerator: 14, denominator: 17 }, parse('15/17'))).toBe(
      '14/17',
    );
  });
});
