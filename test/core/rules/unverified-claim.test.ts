import { describe, expect, it } from 'vitest';
import { unverifiedClaim } from '../../../src/core/rules/unverified-claim.ts';
import { docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

const run = (path: string) => messagesOf(runRules(docFixture(path), unverifiedClaim));

describe('unverified-claim', () => {
  it('reports pending markers in a doc that claims to be complete', () => {
    expect(run('unverified-claim/doc.md')).toEqual([
      '10:3 unverified-claim Doc claims `✅ Complete` (line 4) but `Tests not yet executed`, `Migration` and `Load test` are still pending; finish it or soften the claim',
    ]);
  });

  it('counts unchecked boxes when the claim is not a done status', () => {
    expect(run('unverified-claim/ready-claim.md')).toEqual([
      '9:7 unverified-claim Doc claims `Production-ready` (line 4) but `Staging soak test` is still pending; finish it or soften the claim',
    ]);
  });

  it('reads the status of an archive wrapper as the claim of the doc it wraps', () => {
    expect(run('unverified-claim/archive-wrapper.md')).toEqual([
      '15:22 unverified-claim Doc claims `SHIPPED` (line 4) but `IMP-02` is still pending; finish it or soften the claim',
    ]);
  });

  it('stays quiet without a doc-level claim', () => {
    expect(run('unverified-claim/quiet.md')).toEqual([]);
  });

  it('seed 001: "Complete / 100%" next to "Tests not yet executed"', () => {
    expect(run('seeds/001_2f4d7447909a069d.md')).toEqual([
      '203:3 unverified-claim Doc claims `✅ Complete` (line 4) but `Requires API key configuration`, `Tests not yet executed` and `Test coverage` are still pending; finish it or soften the claim',
    ]);
  });
});

describe('unverified-claim on what is not a claim or not pending work', () => {
  it.each([
    ['goal and target lines', 'goal-lines.md'],
    ['a status legend in a complete doc', 'status-legend.md'],
    ['a status scoped to some phases or an earlier stage', 'scoped-status.md'],
    [
      'dependencies, prose, checked items, feature names, counts, skipped items and risks',
      'dependency-and-prose.md',
    ],
    ['pending work in another doc joined under a second title', 'joined-docs.md'],
    ['limitations, deferred and related work, state tables and planned lists', 'asides.md'],
    ['a status with a partial percent or scoped to some days', 'partial-status.md'],
  ])('stays quiet on %s', (_, file) => {
    expect(run(`unverified-claim-quiet/${file}`)).toEqual([]);
  });
});
