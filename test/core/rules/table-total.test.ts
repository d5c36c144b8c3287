import { describe, expect, it } from 'vitest';
import { metricSum } from '../../../src/core/rules/metric-sum.ts';
import type { DocRule } from '../../../src/core/rules/rule.ts';
import { tableRatio } from '../../../src/core/rules/table-ratio.ts';
import { tableTotal } from '../../../src/core/rules/table-total.ts';
import { contextFromFixture, contextFromText, messagesOf } from '../../helpers/rule-context.ts';

function runFixture(fixture: string, rules: DocRule[] = [tableTotal]): string[] {
  const context = contextFromFixture(fixture);
  for (const rule of rules) rule.check(context);
  return messagesOf(context);
}

function runText(text: string): string[] {
  const context = contextFromText(text);
  tableTotal.check(context);
  return messagesOf(context);
}

describe('table-total', () => {
  it('reports TOTAL cells that do not add up, at the cell, with the right sum', () => {
    expect(runFixture('table-total-mismatch/report.md')).toEqual([
      '10:15 table-total Total `5 h` in `Estimate` does not match the sum of the rows above, `4 h`; write `4 h` or fix the rows',
      '19:11 table-total Total `2,350` in `Lines` does not match the sum of the rows above, `2,250`; write `2,250` or fix the rows',
      '28:15 table-total Total `14-18 hours` in `Effort` does not match the sum of the rows above, `14-20 hours`; write `14-20 hours` or fix the rows',
      '36:19 table-total Total `15/17` in `Passing` does not match the sum of the rows above, `14/17`; write `14/17` or fix the rows',
      '44:14 table-total Subtotal `6` in `Tasks` does not match the sum of the rows above, `5`; write `5` or fix the rows',
    ]);
  });

  it('records the expected and actual values', () => {
    const context = contextFromFixture('table-total-mismatch/report.md');
    tableTotal.check(context);
    expect(context.source.file.messages[0]).toMatchObject({
      ruleId: 'table-total',
      source: 'statusdocs',
      expected: ['4 h'],
      actual: '5 h',
      url: 'https://github.com/statusdocs/statusdocs/blob/main/docs/rules.md#table-total',
    });
  });

  it('accepts range totals that match both bounds', () => {
    expect(runFixture('table-total-ranges-correct/plan.md')).toEqual([]);
  });

  it('stays quiet on tricky but correct tables (no table rule fires)', () => {
    expect(
      runFixture('table-tricky-but-correct/status.md', [tableTotal, tableRatio, metricSum]),
    ).toEqual([]);
  });

  it('flags a total that only a wrong rounding explains', () => {
    const rows =
      '| Task | Time |\n|--|--|\n| A | 15 min |\n| B | 35 min |\n| C | 25 min |\n| D | 40 min |\n| E | 30 min |\n| F | 60 min |\n';
    expect(runText(`${rows}| **TOTAL** | **3.5 hrs** |\n`)).toEqual([]);
    expect(runText(`${rows}| **TOTAL** | **3.4 hrs** |\n`)).toEqual([]);
    expect(runText(`${rows}| **TOTAL** | **3.2 hrs** |\n`)).toEqual([
      '9:15 table-total Total `3.2 hrs` in `Time` does not match the sum of the rows above, `3.42 hrs`; write `3.42 hrs` or fix the rows',
    ]);
  });

  it('checks every TOTAL row against its own block', () => {
    const text =
      '| Item | Count |\n|--|--|\n| A | 1 |\n| B | 2 |\n| Total | 3 |\n| C | 4 |\n| D | 5 |\n| Total | 10 |\n';
    expect(runText(text)).toEqual([
      '8:11 table-total Total `10` in `Count` does not match the sum of the rows above, `9`; write `9` or fix the rows',
    ]);
  });

  it('skips columns with text, tables with sections, and cells that are not sums', () => {
    expect(runText('| A | N |\n|--|--|\n| x | 1 |\n| y | many |\n| Total | 5 |\n')).toEqual([]);
    expect(
      runText('| A | N |\n|--|--|\n| **S** | |\n| x | 1 |\n| y | 2 |\n| Total | 5 |\n'),
    ).toEqual([]);
    expect(runText('| A | Avg |\n|--|--|\n| x | 1 |\n| y | 2 |\n| Total | 5 |\n')).toEqual([]);
    expect(runText('| A | N |\n|--|--|\n| x | 1 |\n| Total | 5 |\n')).toEqual([]);
    expect(runText('| A | N |\n|--|--|\n| Total | 5 |\n| x | 1 |\n| y | 1 |\n')).toEqual([]);
  });

  it('stays quiet on every seed', () => {
    for (const seed of [
      '000_833aac18af8bc3d3',
      '001_2f4d7447909a069d',
      '002_d0f6005d88313b34',
      '003_bda831af887fcddd',
      '004_7fac2de8baaf4b66',
    ]) {
      expect(runFixture(`seeds/${seed}.md`), seed).toEqual([]);
    }
  });
});

describe('table-total on totals that are not the sum of the rows', () => {
  it('stays quiet on subtotals, partial lists, scores and shared counts', () => {
    expect(runFixture('table-total-quiet/report.md')).toEqual([]);
  });

  it('still reports a grand total that matches neither its rows nor its subtotals', () => {
    expect(
      runText(
        '| A | N |\n|--|--|\n| x | 1 |\n| y | 2 |\n| Core total | 3 |\n| z | 1 |\n| Grand total | 7 |\n',
      ),
    ).toHaveLength(1);
  });
});
