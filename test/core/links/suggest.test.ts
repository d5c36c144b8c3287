import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../../src/core/links/suggest.ts';

describe('suggest', () => {
  it('offers close candidates, best first, and prefixes', () => {
    expect(suggest('plans/actve.md', ['plans/other.md', 'plans/active.md', 'x.md'])).toEqual([
      'plans/active.md',
      'plans/other.md',
    ]);
    expect(suggest('latency', ['throughput', 'latency-p99'])).toEqual(['latency-p99']);
    expect(suggest('zzz', ['background'])).toEqual([]);
  });

  it('stops early once the budget is exceeded', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
