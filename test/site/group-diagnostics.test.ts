import { describe, expect, it } from 'vitest';
import {
  commonSummary,
  groupDiagnostics,
  type DiagnosticView,
} from '../../src/site/view/group-diagnostics.ts';

function finding(
  severity: DiagnosticView['severity'],
  ruleId: string | null,
  line: number,
  message: string,
): DiagnosticView {
  return { severity, ruleId, message, line, column: 3, url: ruleId && `/rules/#${ruleId}` };
}

const mojibake = (line: number, run: string, char: string): DiagnosticView =>
  finding(
    'warning',
    'mojibake',
    line,
    `Mojibake \`${run}\` (UTF-8 read as Mac Roman); replace with \`${char}\``,
  );

describe('groupDiagnostics', () => {
  it('lists errors, then warnings, then infos, and folds a rule with more than two findings', () => {
    const groups = groupDiagnostics([
      finding('info', 'orphan', 1, 'No other doc links to `a.md`; link it'),
      mojibake(12, '‚úÖ', '✅'),
      mojibake(5, '√£', 'ã'),
      finding('error', 'metric-sum', 53, 'Passed `4` + failed `1` = `5` exceeds total `4`'),
      mojibake(20, '‚ùå', '❌'),
      finding('warning', 'stale', 8, 'Not updated for `90` days'),
      finding('error', 'table-ratio', 40, 'Pass Rate `75%` contradicts `4/4`'),
    ]);
    expect(groups.map((group) => [group.severity, group.heading, group.count])).toEqual([
      ['error', '2 errors', 2],
      ['warning', '4 warnings', 4],
      ['info', '1 info', 1],
    ]);
    const [errors, warnings] = groups;
    expect(errors?.rows.map((row) => row.type === 'single' && row.diagnostic.line)).toEqual([
      40, 53,
    ]);
    expect(warnings?.rows).toEqual([
      {
        type: 'rule',
        ruleId: 'mojibake',
        url: '/rules/#mojibake',
        summary: 'Mojibake …',
        first: '5:3',
        diagnostics: [mojibake(5, '√£', 'ã'), mojibake(12, '‚úÖ', '✅'), mojibake(20, '‚ùå', '❌')],
      },
      { type: 'single', diagnostic: finding('warning', 'stale', 8, 'Not updated for `90` days') },
    ]);
  });

  it('shows a rule with up to two findings, and findings without a rule, one by one', () => {
    const [warnings] = groupDiagnostics([
      mojibake(9, '‚úÖ', '✅'),
      finding('warning', null, 2, 'Cannot read the frontmatter'),
      mojibake(4, '√£', 'ã'),
    ]);
    expect(warnings?.rows.map((row) => row.type === 'single' && row.diagnostic.line)).toEqual([
      2, 4, 9,
    ]);
  });

  it('says nothing for a doc without findings', () => {
    expect(groupDiagnostics([])).toEqual([]);
  });
});

describe('commonSummary', () => {
  it('keeps the shared words, never half a code span', () => {
    expect(commonSummary(['Passed `4` + failed `1`', 'Passed `4` + failed `2`'])).toBe(
      'Passed `4` + failed …',
    );
    expect(commonSummary(['Link `a b` is broken', 'Link `a c` is broken'])).toBe('Link …');
    expect(commonSummary(['Same words', 'Same words'])).toBe('Same words');
  });

  it('falls back to the first message when nothing is shared', () => {
    expect(commonSummary(['Ambiguous mojibake `x`', 'Mojibake `y`'])).toBe(
      'Ambiguous mojibake `x`',
    );
  });
});
