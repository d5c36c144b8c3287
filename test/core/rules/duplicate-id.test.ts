import { describe, expect, it } from 'vitest';
import { duplicateId } from '../../../src/core/rules/duplicate-id.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

describe('duplicate-id', () => {
  it('reports every doc of a group sharing an id, at its id', async () => {
    const result = await checkFixtureSet('duplicate-id', [duplicateId]);
    expect(linesOf(result)).toEqual([
      'a.md:2:1 duplicate-id Id `auth` is also used by `b.md`; give each doc its own id',
      'b.md:3:1 duplicate-id Id `auth` is also used by `a.md`; give each doc its own id',
    ]);
  });
});
