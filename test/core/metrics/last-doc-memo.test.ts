import { describe, expect, it } from 'vitest';
import { lastDocMemo } from '../../../src/core/metrics/last-doc-memo.ts';

describe('lastDocMemo', () => {
  it('computes once for the latest key, and again after another key', () => {
    const seen: string[] = [];
    const lengthOf = lastDocMemo((doc: { name: string }) => {
      seen.push(doc.name);
      return doc.name.length;
    });
    const a = { name: 'a.md' };
    const b = { name: 'plans/b.md' };
    expect([lengthOf(a), lengthOf(a), lengthOf(b), lengthOf(b), lengthOf(a)]).toEqual([
      4, 4, 10, 10, 4,
    ]);
    expect(seen).toEqual(['a.md', 'plans/b.md', 'a.md']);
  });
});
