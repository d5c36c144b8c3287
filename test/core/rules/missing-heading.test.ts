import { describe, expect, it } from 'vitest';
import { missingHeading } from '../../../src/core/rules/missing-heading.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

describe('missing-heading', () => {
  it('checks fragments against GitHub slugs, custom ids and HTML anchors, with did-you-mean', async () => {
    const result = await checkFixtureSet('links-anchors-emoji', [missingHeading]);
    expect(linesOf(result)).toEqual([
      'STATUS.md:20:6 missing-heading Cannot find heading `#latency` in this doc; did you mean `#latency-p99`?',
      "STATUS.md:20:27 missing-heading Cannot find heading `#phase-2-setup` in this doc; check the heading's text",
      'STATUS.md:20:56 missing-heading Cannot find heading `#backgrounds` in `other.md`; did you mean `#background`?',
      "STATUS.md:21:1 missing-heading Cannot find heading `#zzz` in `other.md`; check the heading's text",
      "STATUS.md:21:32 missing-heading Cannot find heading `#nope` in `other.md`; check the heading's text",
    ]);
    expect(result.files[0]?.messages[2]?.expected).toEqual(['#background', '#background-1']);
  });
});
