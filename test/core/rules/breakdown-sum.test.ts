import { describe, expect, it } from 'vitest';
import { breakdownSum } from '../../../src/core/rules/breakdown-sum.ts';
import { docContext, docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

describe('breakdown-sum', () => {
  it('reports states that do not cover the count and parts that exceed it', () => {
    const context = runRules(docFixture('breakdown-sum/doc.md'), breakdownSum);
    expect(messagesOf(context)).toEqual([
      '7:12 breakdown-sum Parts `5 + 4 + 2` add up to 11, not the total `12` in `12 tasks: 5 done, 4 in progress, 2 blocked`; correct a part or the total',
      '8:10 breakdown-sum Parts `50 + 40 + 40` add up to 130, not the total `120` in `120 tests (50 unit, 40 integration, 40 e2e)`; correct a part or the total',
    ]);
    expect(context.source.file.messages[0]?.expected).toEqual(['11']);
  });

  it('stays quiet on ids, other nouns, partial lists, changes, goals, estimates, code and history', () => {
    expect(messagesOf(runRules(docFixture('breakdown-sum-quiet/doc.md'), breakdownSum))).toEqual(
      [],
    );
  });

  it('leaves categories that add up to less and test results (metric-sum) alone, not task states', () => {
    const context = docContext(
      '# T\n\n- 14 issues (5 critical, 5 high)\n- 10 tests: 6 passed, 5 failed\n- 9 stories: 6 done, 2 open\n',
    );
    expect(messagesOf(runRules(context, breakdownSum))).toEqual([
      '5:3 breakdown-sum Parts `6 + 2` add up to 8, not the total `9` in `9 stories: 6 done, 2 open`; correct a part or the total',
    ]);
  });
});
