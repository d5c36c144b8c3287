import { describe, expect, it } from 'vitest';
import { orphan } from '../../../src/core/rules/orphan.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

describe('orphan', () => {
  it('reports docs nothing leads to, sparing entry points, related docs and archives', async () => {
    const result = await checkFixtureSet('orphan-docs', [orphan]);
    expect(linesOf(result)).toEqual([
      'team/lonely.md:1:1 orphan No other doc links to `team/lonely.md`; link it from a status doc or plan, or archive it',
    ]);
  });
});
