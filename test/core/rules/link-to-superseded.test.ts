import { describe, expect, it } from 'vitest';
import { linkToSuperseded } from '../../../src/core/rules/link-to-superseded.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

// link-to-superseded is opt-in (below the precision gate); these fixtures turn it on.
const ON = { rules: { 'link-to-superseded': 'warning' as const } };

describe('link-to-superseded', () => {
  it('warns when a current doc links to a retired one and names the successor', async () => {
    const result = await checkFixtureSet('links-superseded', [linkToSuperseded], undefined, ON);
    // reports/final.md supersedes the old status on purpose; archived docs may link freely.
    expect(linesOf(result)).toEqual([
      'STATUS.md:3:3 link-to-superseded Links to `archive/old-status.md`, which is archived; link to its successor `reports/final.md` instead',
      'STATUS.md:4:3 link-to-superseded Links to `plans/v1.md`, which is superseded; link to the current doc instead',
    ]);
    expect(result.files[0]?.messages[0]?.expected).toEqual(['reports/final.md']);
  });

  it('leaves archived records without a successor, and the links of done docs, alone', async () => {
    const result = await checkFixtureSet(
      'links-superseded-history',
      [linkToSuperseded],
      undefined,
      ON,
    );
    expect(linesOf(result)).toEqual([
      'STATUS.md:4:3 link-to-superseded Links to `plans/v1.md`, which is superseded; link to the current doc instead',
    ]);
  });
});
