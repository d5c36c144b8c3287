import { describe, expect, it } from 'vitest';
import { orphan } from '../../../src/core/rules/orphan.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

describe('orphan', () => {
  it('reports living docs nothing leads to, sparing entry points, related docs and snapshots', async () => {
    const result = await checkFixtureSet('orphan-docs', [orphan], undefined, {
      rules: { orphan: 'info' },
    });
    expect(linesOf(result)).toEqual([
      'team/lonely.md:1:1 orphan No other doc links to `team/lonely.md`; link it from a status doc or plan, or archive it',
    ]);
  });

  it('is off by default and info under preset strict', async () => {
    expect(linesOf(await checkFixtureSet('orphan-docs', [orphan]))).toEqual([]);
    const strict = await checkFixtureSet('orphan-docs', [orphan], undefined, { preset: 'strict' });
    expect(strict.files.flatMap((file) => file.messages.map((m) => m.fatal))).toEqual([undefined]);
  });
});
