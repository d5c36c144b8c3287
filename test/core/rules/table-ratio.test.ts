import { describe, expect, it } from 'vitest';
import { tableRatio } from '../../../src/core/rules/table-ratio.ts';
import { runRuleOnFixture, runRuleOnText } from '../../helpers/rule-context.ts';

const runFixture = (fixture: string): string[] => runRuleOnFixture(tableRatio, fixture);
const runText = (text: string): string[] => runRuleOnText(tableRatio, text);

describe('table-ratio', () => {
  it('reports percents that contradict the counts of their row, at the percent', () => {
    expect(runFixture('table-ratio-contradiction/report.md')).toEqual([
      '6:28 table-ratio Pass Rate `75%` contradicts `4/4` passed (100%); write `100%` or fix the counts',
      '10:19 table-ratio Failure rate `30%` contradicts `3/30` failed (10%); write `10%` or fix the counts',
      '14:27 table-ratio Status `40%` contradicts `31/62` in the same row (50%); write `50%` or fix the counts',
      '19:19 table-ratio Percent `60%` contradicts `31/62` in the same cell (50%); write `50%` or fix the counts',
      '23:22 table-ratio Completion `98.5%` contradicts `9/10` done (90%); write `90%` or fix the counts',
    ]);
  });

  it('fires on seed 004: 75% for 4/4 passed', () => {
    expect(runFixture('seeds/004_7fac2de8baaf4b66.md')).toEqual([
      '53:42 table-ratio Pass Rate `75%` contradicts `4/4` passed (100%); write `100%` or fix the counts',
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

  it('tolerates rounding by one point, and five for estimates', () => {
    const table = (percent: string): string =>
      `| Suite | Total | Passed | Pass rate |\n|--|--|--|--|\n| Unit | 3 | 2 | ${percent} |\n`;
    expect(runText(table('67%'))).toEqual([]);
    expect(runText(table('66%'))).toEqual([]);
    expect(runText(table('66.7%'))).toEqual([]);
    expect(runText(table('~70%'))).toEqual([]);
    expect(runText(table('70%'))).toEqual([
      '3:18 table-ratio Pass rate `70%` contradicts `2/3` passed (67%); write `67%` or fix the counts',
    ]);
  });

  it('reads error and skip headers for what they are', () => {
    const head = '| S | Total | Passed | Failed | Errors | Skipped |';
    const counts = '| A | 10 | 6 | 1 | 2 | 1 |';
    expect(runText(`${head} Error rate |\n|--|--|--|--|--|--|--|\n${counts} 20% |\n`)).toEqual([]);
    expect(runText(`${head} Skip % |\n|--|--|--|--|--|--|--|\n${counts} 10% |\n`)).toEqual([]);
    expect(runText(`${head} Error rate |\n|--|--|--|--|--|--|--|\n${counts} 10% |\n`)).toEqual([
      '3:28 table-ratio Error rate `10%` contradicts `2/10` errors (20%); write `20%` or fix the counts',
    ]);
  });

  it('ignores deltas, bounds, targets, coverage and dates', () => {
    expect(runText('| M | Actual | Gap |\n|--|--|--|\n| T | 0/3 | -100% |\n')).toEqual([]);
    expect(runText('| M | Actual | Target |\n|--|--|--|\n| T | 3/4 | ≥90% |\n')).toEqual([]);
    expect(runText('| M | Actual | Target |\n|--|--|--|\n| T | 3/4 | 90% |\n')).toEqual([]);
    expect(runText('| M | Tests | Coverage |\n|--|--|--|\n| T | 4/4 | 85% |\n')).toEqual([]);
    expect(runText('| M | Date | Progress |\n|--|--|--|\n| T | 12/13 | 40% |\n')).toEqual([]);
    expect(runText('| M | A | B | Rate |\n|--|--|--|--|\n| T | 1/2 | 3/4 | 10% |\n')).toEqual([]);
    expect(runText('| M | Passing | Fail rate |\n|--|--|--|\n| T | 7/10 | 30% |\n')).toEqual([]);
  });
});

describe('table-ratio on percents of another measure', () => {
  it('stays quiet on scores, weights, cost shares, reductions and pass rates of the tests that ran', () => {
    expect(runFixture('table-ratio-quiet/report.md')).toEqual([]);
  });
});
