import { describe, expect, it } from 'vitest';
import { outsideRoot } from '../../../src/core/rules/outside-root.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

describe('outside-root', () => {
  it('reports links and backticked doc paths that climb out of the content root', async () => {
    const result = await checkFixtureSet('links-missing-file-basename', [outsideRoot]);
    expect(linesOf(result)).toEqual([
      'sub/handoff.md:6:3 outside-root Path `../../outside.md` leads outside the content root, which statusdocs does not read; move the target inside or link it by URL',
      'sub/handoff.md:6:35 outside-root Path `../../../secrets.md` leads outside the content root, which statusdocs does not read; move the target inside or link it by URL',
    ]);
  });
});
