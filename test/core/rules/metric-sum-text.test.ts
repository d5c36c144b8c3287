import { describe, expect, it } from 'vitest';
import { metricSumText } from '../../../src/core/rules/metric-sum-text.ts';
import { docContext, docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

describe('metric-sum (body text and frontmatter)', () => {
  it('reports prose and key-value rows whose parts exceed the total, not code', () => {
    const context = runRules(docFixture('metric-sum-text/doc.md'), metricSumText);
    expect(messagesOf(context)).toEqual([
      '7:12 metric-sum Passed `4` + failed `1` = 5 exceeds total `4` in `Run on CI: 4 passed, 1 failed out of 4.`; correct the counts or the total',
      '13:19 metric-sum Passed `31` + failed `12` + errors `20` = 63 exceeds total `62` in `Tests Passing: 31/62`; correct the counts or the total',
    ]);
    expect(context.source.file.messages[0]?.expected).toEqual(['<= 4']);
  });

  it('reports frontmatter tests', () => {
    expect(
      messagesOf(runRules(docFixture('metric-sum-text/frontmatter.md'), metricSumText)),
    ).toEqual([
      '5:3 metric-sum Passed `40` + failed `8` + skipped `5` = 53 exceeds `metrics.tests.total` `50`; correct the counts or the total',
    ]);
  });

  it('leaves a single part above the total to metric-range, and sums that fit alone', () => {
    const context = docContext(
      '# T\n\n- 7 passed, 1 failed out of 4\n- 3 passed, 1 failed out of 4\n- 742 tests, 735 passed, 7 failed\n',
    );
    expect(messagesOf(runRules(context, metricSumText))).toEqual([]);
  });
});
