import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../src/core/links/find-cycles.ts';
import { relationCycle } from '../../../src/core/rules/relation-cycle.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

describe('relation-cycle', () => {
  it('reports supersedes and plan loops once, and a doc relating to itself', async () => {
    const result = await checkFixtureSet('relations-cycle', [relationCycle]);
    expect(linesOf(result)).toEqual([
      'a.md:2:1 relation-cycle `supersedes`/`superseded_by` relations form a cycle: `a.md` → `b.md` → `a.md`; remove the relation that points back',
      'p1.md:2:1 relation-cycle `plan` relations form a cycle: `p1.md` → `p2.md` → `p1.md`; remove the relation that points back',
      'self.md:2:1 relation-cycle This doc names itself as its `supersedes` target `self.md`; point it at another doc or remove it',
    ]);
  });

  it('finds the shortest way round a longer loop', () => {
    const edges = [
      { from: 'c', to: 'a', data: 0 },
      { from: 'a', to: 'b', data: 0 },
      { from: 'b', to: 'c', data: 0 },
      { from: 'c', to: 'd', data: 0 },
    ];
    expect(findCycles(edges).map((cycle) => cycle.path)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
