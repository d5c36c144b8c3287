import { describe, expect, it } from 'vitest';
import { metricSumText } from '../../../src/core/rules/metric-sum-text.ts';
import { metricSum } from '../../../src/core/rules/metric-sum.ts';
import { runRuleOnFixture, runRuleOnText } from '../../helpers/rule-context.ts';

const runFixture = (fixture: string): string[] => runRuleOnFixture(metricSum, fixture);
const runText = (text: string): string[] => runRuleOnText(metricSum, text);

describe('metric-sum (table rows)', () => {
  it('reports rows whose parts exceed their total, at the row', () => {
    expect(runFixture('metric-sum-table-rows/report.md')).toEqual([
      '6:1 metric-sum Passed `4` + failed `1` = 5 exceeds total `4`; correct the counts or the total',
      '7:1 metric-sum Passed `2` + failed `1` + errors `2` = 5 exceeds total `4`; correct the counts or the total',
      '13:1 metric-sum Passed `0` + failed `9` + skipped `2` = 11 exceeds total `10`; correct the counts or the total',
      '15:1 metric-sum Passed `7` + failed `11` + skipped `3` = 21 exceeds total `20`; correct the counts or the total',
    ]);
  });

  it('fires on seed 004: 4 passed + 1 failed out of 4', () => {
    expect(runFixture('seeds/004_7fac2de8baaf4b66.md')).toEqual([
      '53:1 metric-sum Passed `4` + failed `1` = 5 exceeds total `4`; correct the counts or the total',
    ]);
  });

  it('stays quiet on the other seeds', () => {
    for (const seed of [
      '000_833aac18af8bc3d3',
      '001_2f4d7447909a069d',
      '002_d0f6005d88313b34',
      '003_bda831af887fcddd',
    ]) {
      expect(runFixture(`seeds/${seed}.md`), seed).toEqual([]);
    }
  });

  it('accepts parts that fall short of the total and needs a total column', () => {
    expect(runText('| S | Total | Passed | Failed |\n|--|--|--|--|\n| A | 10 | 5 | 2 |\n')).toEqual(
      [],
    );
    expect(runText('| S | Passed | Failed |\n|--|--|--|\n| A | 5 | 2 |\n')).toEqual([]);
    expect(runText('| S | Total | Passed |\n|--|--|--|\n| A | 1 | 5 |\n')).toEqual([]);
  });

  it('reads header variants', () => {
    expect(
      runText(
        '| Suite | # Tests | Tests passed | Failures |\n|--|--|--|--|\n| A | 3 | **3** | 1 |\n',
      ),
    ).toEqual([
      '3:1 metric-sum Passed `3` + failed `1` = 4 exceeds total `3`; correct the counts or the total',
    ]);
  });
});

describe('metric-sum with skipped tests outside the total', () => {
  it('accepts a total of the tests that ran, in text and tables', () => {
    const text =
      '# T\n\n- **Results**: 24/24 PASSED, 6 SKIPPED\n\n| Stage | Total | Passed | Failed | Skipped |\n|--|--|--|--|--|\n| E | 54 | 54 | 0 | 7 |\n';
    expect(runText(text)).toEqual([]);
    expect(runRuleOnText(metricSumText, text)).toEqual([]);
    expect(runRuleOnText(metricSumText, '# T\n\n- 26/38 passed (17 failed)\n')).toHaveLength(1);
  });
});
