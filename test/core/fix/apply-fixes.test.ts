import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/core/fix/apply-fixes.ts';
import type { Fix } from '../../../src/core/fix/fix.ts';

const fix = (ruleId: string, line: number, ...edits: [number, number, string][]): Fix => ({
  ruleId,
  line,
  column: 1,
  reason: `${ruleId} at ${line}`,
  edits: edits.map(([start, end, text]) => ({ start, end, text })),
});

describe('applyFixes', () => {
  it('applies edits at offsets of the original text, whatever their order', () => {
    const result = applyFixes('abcdef', [fix('b', 1, [4, 6, 'XYZ']), fix('a', 1, [0, 1, ''])]);
    expect(result.text).toBe('bcdXYZ');
    expect(result.applied.map((f) => f.ruleId)).toEqual(['b', 'a']);
    expect(result.refused).toEqual([]);
  });

  it('refuses a fix that overlaps one already taken, whole, and says which', () => {
    const first = fix('mojibake', 3, [2, 5, 'x']);
    const second = fix('missing-file', 4, [0, 1, 'A'], [4, 6, 'y']);
    const result = applyFixes('abcdefg', [first, second]);
    expect(result.text).toBe('abxfg');
    expect(result.refused).toEqual([
      { fix: second, reason: 'it overlaps the `mojibake` fix at 3:1' },
    ]);
  });

  it('refuses an insertion strictly inside a replaced range', () => {
    const result = applyFixes('abcd', [fix('a', 1, [1, 3, 'X']), fix('b', 1, [2, 2, '!'])]);
    expect(result.text).toBe('aXd');
    expect(result.refused).toHaveLength(1);
  });

  it('keeps insertions at one offset in the order given, and touching edits apart', () => {
    const result = applyFixes('abc', [
      fix('a', 1, [1, 1, '1']),
      fix('b', 1, [1, 2, 'B']),
      fix('c', 1, [1, 1, '2']),
      fix('d', 1, [2, 2, '3']),
    ]);
    expect(result.text).toBe('a12B3c');
    expect(result.refused).toEqual([]);
  });

  it('keeps an edit offered by two findings once', () => {
    const result = applyFixes('abc', [fix('a', 1, [0, 1, 'X']), fix('b', 2, [0, 1, 'X'])]);
    expect(result.text).toBe('Xbc');
    expect(result.applied).toHaveLength(2);
  });

  it('refuses edits outside the text and edits that overlap each other', () => {
    const outside = fix('a', 1, [2, 9, '']);
    const self = fix('b', 1, [0, 2, 'x'], [1, 3, 'y']);
    const result = applyFixes('abc', [outside, self]);
    expect(result.text).toBe('abc');
    expect(result.refused.map((r) => r.reason)).toEqual([
      'its edit 2–9 is outside the file (3 characters)',
      'its own edits overlap',
    ]);
  });
});
