import { describe, expect, it } from 'vitest';
import { parseNumber, parseRatioWithPercent } from '../../../src/core/metrics/parse-number.ts';

/** The fields that matter for a case, so tables stay readable. */
function brief(text: string): string | null {
  const n = parseNumber(text);
  if (!n) return null;
  const range = n.min === n.max ? `${n.min}` : `${n.min}..${n.max}`;
  const ratio = n.kind === 'ratio' ? ` ${n.numerator}/${n.denominator}` : '';
  const marks = [n.approx && 'approx', n.bound, n.signed && 'signed'].filter(Boolean).join(',');
  return `${n.kind} ${range}${ratio}${n.unit ? ` ${n.unit}` : ''}${marks ? ` [${marks}]` : ''}`;
}

describe('parseNumber', () => {
  it.each([
    ['~40', 'count 40 [approx]'],
    ['1,373', 'count 1373'],
    ['40%', 'percent 40 %'],
    ['98.6%', 'percent 98.6 %'],
    ['100 %', 'percent 100 %'],
    ['+12', 'count 12 [signed]'],
    ['-50%', 'percent -50 % [signed]'],
    ['**31**', 'count 31'],
    ['`31`', 'count 31'],
    ['4-6 hours', 'duration 240..360 h'],
    ['4–6', 'count 4..6'],
    ['4 to 6 days', 'duration 5760..8640 d'],
    ['~40-50%', 'percent 40..50 % [approx]'],
    ['30 min - 1 h', 'duration 30..60 h'],
    ['3.5 hrs', 'duration 210 h'],
    ['15 min', 'duration 15 min'],
    ['90s', 'duration 1.5 s'],
    ['1h 30m', 'duration 90 h'],
    ['2 hrs 15 min', 'duration 135 h'],
    ['31/62', 'ratio 31 31/62'],
    ['31 / 62 tests', 'ratio 31 31/62 test'],
    ['31 of 62', 'ratio 31 31/62'],
    ['800+', 'count 800 [atLeast]'],
    ['7+ files', 'count 7 file [atLeast]'],
    ['≥90%', 'percent 90 % [atLeast]'],
    ['< 5 min', 'duration 5 min [atMost]'],
    ['about 2 h', 'duration 120 h [approx]'],
    ['1.2k', 'count 1200'],
    ['45 lines', 'count 45 line'],
    ['0 errors', 'count 0 error'],
    ['✅ 100%', 'percent 100 %'],
    ['50% ⚠️', 'percent 50 %'],
    ['50% ‚ö†Ô∏è', 'percent 50 %'],
    ['~85%*', 'percent 85 % [approx]'],
  ])('reads %j', (text, expected) => {
    expect(brief(text)).toBe(expected);
  });

  it.each([
    '',
    '-',
    'N/A',
    'TBD',
    'Dec 13',
    'P0',
    '2025-12-12',
    '1.2.3',
    '1,37',
    '6-4',
    '3/0',
    '5 months',
    '3 M',
    '5 tests (estimated)',
    '75% ✅ Done',
    '(7+ files)',
  ])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('normalizes durations to minutes so mixed units add up', () => {
    const parts = ['15 min', '1.5 h', '30s'].map((text) => parseNumber(text)?.min ?? NaN);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(105.5);
  });

  it('records how finely a value is written', () => {
    expect(parseNumber('3.4 hrs')?.step).toBeCloseTo(6);
    expect(parseNumber('3.5 hrs')?.step).toBe(30);
    expect(parseNumber('2 hours')?.step).toBe(60);
    expect(parseNumber('1,373')).toMatchObject({ step: 1, decimals: 0, grouped: true });
    expect(parseNumber('98.6%')).toMatchObject({ step: 0.1, decimals: 1, grouped: false });
    expect(parseNumber('1.2k')?.step).toBe(100);
    expect(parseNumber('482.5 s')?.step).toBeCloseTo(0.1 / 60);
  });

  it('tells rounded measurements from exact figures', () => {
    const rounded = (text: string): boolean | undefined => parseNumber(text)?.rounded;
    expect(['631.7 s', '98.6%', '1.2k', '3.4 h'].map(rounded)).toEqual([true, true, true, true]);
    expect(['12', '15 min', '1.5 h', '2.25 days', '1,373'].map(rounded)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('keeps the unit as written', () => {
    expect(parseNumber('3.5 hrs')).toMatchObject({ unit: 'h', unitText: 'hrs' });
    expect(parseNumber('45 lines')).toMatchObject({ unit: 'line', unitText: 'lines' });
  });
});

describe('parseRatioWithPercent', () => {
  it('reads a ratio with its percent', () => {
    expect(parseRatioWithPercent('31/62 (50%)')).toMatchObject({
      ratio: { numerator: 31, denominator: 62 },
      percent: { min: 50, kind: 'percent' },
    });
  });

  it('rejects anything else', () => {
    expect(parseRatioWithPercent('31/62')).toBeNull();
    expect(parseRatioWithPercent('~40-50% (estimated)')).toBeNull();
    expect(parseRatioWithPercent('31/62 (fast)')).toBeNull();
  });
});
