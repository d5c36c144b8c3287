import { describe, expect, it } from 'vitest';
import { metricRange } from '../../../src/core/rules/metric-range.ts';
import { docContext, docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

describe('metric-range', () => {
  it('reports frontmatter percents outside 0–100 and parts above their total', () => {
    expect(messagesOf(runRules(docFixture('metric-range/frontmatter.md'), metricRange))).toEqual([
      '6:3 metric-range Completion `completion: 140` is outside 0–100%; use a percent between 0 and 100',
      '7:3 metric-range Coverage `value: 120` is outside 0–100%; use a percent between 0 and 100',
      '10:3 metric-range Passed tests `70` exceed the total `62`; correct `metrics.tests`',
      '13:3 metric-range Done tasks `9` exceed the total `8`; correct `metrics.tasks`',
    ]);
  });

  it('reports body claims, not inline code or relative changes', () => {
    expect(messagesOf(runRules(docFixture('metric-range/body.md'), metricRange))).toEqual([
      '4:15 metric-range Coverage `120%` is outside 0–100%; use a percent between 0 and 100',
      '5:23 metric-range Completion `105%` is outside 0–100%; use a percent between 0 and 100',
      '9:3 metric-range Passed tests `70` exceed the total `62` in `70/62 tests passing after the index rebuild.`; correct the counts',
    ]);
  });

  it('stays quiet on values in range', () => {
    const context = docContext(
      '---\nmetrics:\n  completion: 100\n  coverage:\n    value: 0\n---\n# T\n\n**Coverage**: 99.5%\n\n- 62/62 tests passing\n',
    );
    expect(messagesOf(runRules(context, metricRange))).toEqual([]);
  });
});

describe('metric-range on counts that are not a part and its total', () => {
  it.each([
    [
      'labelled counts split by a slash',
      '- Suite: 84 passed / 10 failed, then 77 passed / 4 skipped.\n',
    ],
    ['three labelled counts', '- `rails test` → 4 pass / 0 fail / 0 error\n'],
    ['an estimated range', '- **Day 3 Total: 8-10 tests passing**\n'],
    [
      'achievement against a target',
      '| Metric | Target | Actual | Result |\n|--|--|--|--|\n| Pass Rate | ≥90% | 93% | ✅ 103% |\n',
    ],
  ])('stays quiet on %s', (_, body) => {
    expect(messagesOf(runRules(docContext(`# T\n\n${body}`), metricRange))).toEqual([]);
  });
});
