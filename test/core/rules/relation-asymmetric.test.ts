import { describe, expect, it } from 'vitest';
import { relationAsymmetric } from '../../../src/core/rules/relation-asymmetric.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';

describe('relation-asymmetric', () => {
  it('reports missing and conflicting reciprocals on the doc that lacks them', async () => {
    const result = await checkFixtureSet('relations-asymmetric', [relationAsymmetric]);
    expect(linesOf(result)).toEqual([
      "h2.md:2:1 relation-asymmetric `h1.md` has `next: h2.md`, but this doc's `previous` is `h0.md`; make the two docs agree",
      'legacy.md:1:1 relation-asymmetric `new.md` has `supersedes: legacy.md`, but this doc has no `superseded_by` pointing back; add `superseded_by: new.md`',
      'new.md:1:1 relation-asymmetric `replaced.md` has `superseded_by: new.md`, but this doc has no `supersedes` pointing back; add `supersedes: replaced.md`',
      'old.md:1:1 relation-asymmetric `new.md` has `supersedes: old.md`, but this doc has no `superseded_by` pointing back; add `superseded_by: new.md`',
    ]);
  });

  it('fixes only a doc with frontmatter that lacks the key', async () => {
    const result = await checkFixtureSet('relations-asymmetric', [relationAsymmetric]);
    const fixes = result.files.flatMap((file) =>
      file.messages.map((message) => `${file.path} ${JSON.stringify(message.fix ?? null)}`),
    );
    expect(fixes).toEqual([
      'h2.md null',
      'legacy.md null',
      'new.md null',
      'old.md [{"start":34,"end":34,"text":"superseded_by: new.md\\n"}]',
    ]);
  });

  it('leaves mutual relations of one type to relation-cycle', async () => {
    const result = await checkFixtureSet('relations-cycle', [relationAsymmetric]);
    expect(linesOf(result)).toEqual([]);
  });
});
