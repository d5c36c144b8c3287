import { describe, expect, it } from 'vitest';
import { caseMismatch } from '../../../src/core/rules/case-mismatch.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

describe('case-mismatch', () => {
  it('reports paths that exist only with other letter case, with a fix in the same style', async () => {
    const result = await checkFixtureSet('links-missing-file-basename', [caseMismatch]);
    expect(linesOf(result)).toEqual([
      'sub/handoff.md:5:3 case-mismatch Path `../Plans/Active-Plan.md` differs in case from `plans/active-plan.md`, which breaks on Linux and the site; write `../plans/active-plan.md`',
      'sub/handoff.md:5:45 case-mismatch Path `PLANS/active-plan.md` differs in case from `plans/active-plan.md`, which breaks on Linux and the site; write `plans/active-plan.md`',
    ]);
    expect(
      result.files.find((file) => file.path === 'sub/handoff.md')?.messages.map((m) => m.fix),
    ).toEqual([
      [{ start: 167, end: 190, text: '../plans/active-plan.md' }],
      [{ start: 197, end: 217, text: 'plans/active-plan.md' }],
    ]);
  });
});
