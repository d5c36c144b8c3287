import type { CheckResult } from '../../../src/core/check/check-result.ts';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/core/report/format-text.ts';
import { cleanResult, fileResult, sampleResult } from './check-result-fixture.ts';

describe('formatText', () => {
  it('groups findings by file, aligned like stylish, then sums them up', () => {
    expect(formatText(sampleResult(), { displayRoot: 'docs/status/' })).toBe(
      [
        'docs/status/api.md',
        '   3:14  error    Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`?  missing-heading',
        '  12:5   warning  Last updated `2026-01-02`, 323 days ago; update the doc or mark it `archived`.   stale',
        '',
        'docs/status/équipe/résumé, 2026.md',
        '   1:1  info   No doc links to `résumé, 2026.md`; link it from an index.        orphan',
        '  10:3  error  Tests add up to `95%`, not `100%`; fix `passed: 95, failed: 3`.  metric-sum',
        '',
        '✖ 4 problems (2 errors, 1 warning, 1 info) in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('shows only errors when quiet, with an errors-only summary', () => {
    expect(formatText(sampleResult(), { quiet: true })).toBe(
      [
        'api.md',
        '  3:14  error  Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`?  missing-heading',
        '',
        'équipe/résumé, 2026.md',
        '  10:3  error  Tests add up to `95%`, not `100%`; fix `passed: 95, failed: 3`.  metric-sum',
        '',
        '✖ 2 errors in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('says so when every doc is clean, and prints nothing when quiet', () => {
    expect(formatText(cleanResult())).toBe('✔ No problems in 2 docs\n');
    expect(formatText({ root: '/p', files: [fileResult('a.md', [])] })).toBe(
      '✔ No problems in 1 doc\n',
    );
    expect(formatText(cleanResult(), { quiet: true })).toBe('');
  });

  it('prints nothing but the clean line when quiet hides every finding', () => {
    const result: CheckResult = {
      root: '/p',
      files: [
        fileResult('a.md', [
          { ruleId: 'stale', severity: 'warning', reason: 'Stale.', place: { line: 1, column: 1 } },
        ]),
      ],
    };
    expect(formatText(result, { quiet: true })).toBe('');
    expect(formatText(result)).toBe(
      'a.md\n  1:1  warning  Stale.  stale\n\n✖ 1 problem (0 errors, 1 warning, 0 infos) in 1 file\n',
    );
  });

  it('colours with ANSI escapes only when asked', () => {
    const result = {
      root: '/p',
      files: [
        fileResult('a.md', [
          { ruleId: 'orphan', severity: 'info', reason: 'Orphan.', place: { line: 2, column: 3 } },
        ]),
      ],
    };
    expect(formatText(result, { color: true })).toBe(
      '\u001b[4ma.md\u001b[24m\n' +
        '  \u001b[2m2:3\u001b[22m  \u001b[34minfo\u001b[39m  Orphan.  \u001b[2morphan\u001b[22m\n' +
        '\n' +
        '\u001b[1m\u001b[34m✖ 1 problem (0 errors, 0 warnings, 1 info) in 1 file\u001b[39m\u001b[22m\n',
    );
    expect(formatText(result)).not.toContain('\u001b');
    expect(formatText(cleanResult(), { color: true })).toBe(
      '\u001b[32m✔\u001b[39m No problems in 2 docs\n',
    );
  });

  it('aligns the rule column past wide characters', () => {
    const result = {
      root: '/p',
      files: [
        fileResult('a.md', [
          {
            ruleId: 'stale',
            severity: 'warning',
            reason: '`✅ 完了`',
            place: { line: 1, column: 1 },
          },
          {
            ruleId: 'stale',
            severity: 'warning',
            reason: '`abcdefgh`',
            place: { line: 2, column: 1 },
          },
        ]),
      ],
    };
    expect(formatText(result).split('\n').slice(1, 3)).toEqual([
      '  1:1  warning  `✅ 完了`   stale',
      '  2:1  warning  `abcdefgh`  stale',
    ]);
  });
});
