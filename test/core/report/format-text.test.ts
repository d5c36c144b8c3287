import type { CheckResult } from '../../../src/core/check/check-result.ts';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/core/report/format-text.ts';
import { cleanResult, fileResult, sampleResult } from './check-result-fixture.ts';

describe('formatText', () => {
  it('groups findings by file, contradictions first, columns aligned and no padding after the message', () => {
    expect(formatText(sampleResult(), { displayRoot: 'docs/status/' })).toBe(
      [
        'docs/status/api.md',
        '   3:14  error    missing-heading  Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`?',
        '  12:5   warning  stale            Last updated `2026-01-02`, 323 days ago; update the doc or mark it `archived`.',
        '',
        'docs/status/équipe/résumé, 2026.md',
        '  10:3  error  metric-sum  Tests add up to `95%`, not `100%`; fix `passed: 95, failed: 3`.',
        '',
        '✖ 4 problems (2 errors, 1 warning, 1 info) in 2 files',
        '1 info not shown (orphan); `--verbose` lists them',
        '',
      ].join('\n'),
    );
    expect(formatText(sampleResult(), { verbose: true })).toContain(
      '   1:1  info   orphan      No doc links to `résumé, 2026.md`; link it from an index.\n',
    );
  });

  it('shows only errors when quiet, with an errors-only summary', () => {
    expect(formatText(sampleResult(), { quiet: true })).toBe(
      [
        'api.md',
        '  3:14  error  missing-heading  Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`?',
        '',
        'équipe/résumé, 2026.md',
        '  10:3  error  metric-sum  Tests add up to `95%`, not `100%`; fix `passed: 95, failed: 3`.',
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
      'a.md\n  1:1  warning  stale  Stale.\n\n✖ 1 problem (0 errors, 1 warning, 0 infos) in 1 file\n',
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
    expect(formatText(result, { color: true, verbose: true })).toBe(
      '\u001b[4ma.md\u001b[24m\n' +
        '  \u001b[2m2:3\u001b[22m  \u001b[34minfo\u001b[39m  \u001b[2morphan\u001b[22m  Orphan.\n' +
        '\n' +
        '\u001b[1m\u001b[34m✖ 1 problem (0 errors, 0 warnings, 1 info) in 1 file\u001b[39m\u001b[22m\n',
    );
    expect(formatText(result)).not.toContain('\u001b');
    expect(formatText(cleanResult(), { color: true })).toBe(
      '\u001b[32m✔\u001b[39m No problems in 2 docs\n',
    );
  });

  it('aligns the message column past wide characters', () => {
    const result = {
      root: '/p',
      files: [
        fileResult('完了.md', [
          { ruleId: 'stale', severity: 'warning', reason: 'A', place: { line: 1, column: 1 } },
          { ruleId: 'orphan', severity: 'info', reason: 'B', place: { line: 2, column: 1 } },
        ]),
      ],
    };
    expect(formatText(result, { verbose: true }).split('\n').slice(1, 3)).toEqual([
      '  1:1  warning  stale   A',
      '  2:1  info     orphan  B',
    ]);
  });

  it('folds a rule repeating in a file into one row unless verbose, and counts the fixable', () => {
    const missing = (line: number) => ({
      ruleId: 'missing-file' as const,
      severity: 'error' as const,
      reason: `Cannot find \`${line}.md\`; fix the path or remove the reference`,
      place: { line, column: 3 },
    });
    const file = fileResult('a.md', [
      ...[5, 9, 12, 20, 31].map(missing),
      {
        ruleId: 'table-ratio',
        severity: 'error',
        reason: 'Ratio.',
        place: { line: 40, column: 1 },
      },
      {
        ruleId: 'unverified-claim',
        severity: 'warning',
        reason: 'Claim.',
        place: { line: 2, column: 1 },
      },
    ]);
    const [first] = file.messages;
    if (first) first.fix = [{ start: 0, end: 1, text: 'x' }];
    const result = { root: '/p', files: [file] };
    expect(formatText(result)).toBe(
      [
        'a.md',
        '  40:1  error    table-ratio       Ratio.',
        '   2:1  warning  unverified-claim  Claim.',
        '   5:3  error    missing-file ×5   Cannot find `5.md`; fix the path or remove the reference; also at 9:3, 12:3, 20:3 and 1 more',
        '',
        '✖ 7 problems (6 errors, 1 warning, 0 infos) in 1 file',
        '1 finding can be repaired by `statusdocs fix --write`',
        '',
      ].join('\n'),
    );
    const verbose = formatText(result, { verbose: true }).split('\n');
    expect(verbose.slice(3, 9)).toEqual([
      '   5:3  error    missing-file      Cannot find `5.md`; fix the path or remove the reference (fixable)',
      '   9:3  error    missing-file      Cannot find `9.md`; fix the path or remove the reference',
      '  12:3  error    missing-file      Cannot find `12.md`; fix the path or remove the reference',
      '  20:3  error    missing-file      Cannot find `20.md`; fix the path or remove the reference',
      '  31:3  error    missing-file      Cannot find `31.md`; fix the path or remove the reference',
      '',
    ]);
  });

  it('wraps long messages under their column to the terminal width', () => {
    const result = {
      root: '/p',
      files: [
        fileResult('a.md', [
          {
            ruleId: 'stale',
            severity: 'warning',
            reason:
              'Last updated `2026-01-02`, 323 days ago; update the doc or mark it `archived`.',
            place: { line: 1, column: 1 },
          },
        ]),
      ],
    };
    expect(formatText(result, { width: 60 }).split('\n').slice(1, 4)).toEqual([
      '  1:1  warning  stale  Last updated `2026-01-02`, 323 days',
      '                       ago; update the doc or mark it',
      '                       `archived`.',
    ]);
    expect(formatText(result, { suppressed: 2 }).split('\n').at(-2)).toBe(
      '2 findings suppressed by the baseline',
    );
  });

  it('keeps piped rows within 200 columns: long code spans lose their middle, then the message wraps', () => {
    const leak = `c:\\Users\\Ann Example\\${'nested\\'.repeat(12)}complete_plan.plan.md`;
    const result = {
      root: '/p',
      files: [
        fileResult('a.md', [
          {
            ruleId: 'local-path-leak',
            severity: 'warning',
            reason: `Local path \`${leak}\` leaks a personal folder; use a path relative to the repository instead`,
            place: { line: 493, column: 25 },
          },
          {
            ruleId: 'stale',
            severity: 'warning',
            reason: `${'word '.repeat(50)}end`,
            place: { line: 2, column: 1 },
          },
        ]),
      ],
    };
    const lines = formatText(result).split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(200);
    expect(lines[3]).toBe(
      '  493:25  warning  local-path-leak  Local path `c:\\Users\\Ann Exa…ed\\complete_plan.plan.md` leaks a personal folder; use a path relative to the repository instead',
    );
    expect(lines[1]).toMatch(/^ {4}2:1 {3}warning {2}stale {12}word/);
    expect(lines[2]).toMatch(/^ {36}word/);
    expect(lines.slice(1).every((line) => !/ $/.test(line))).toBe(true);
  });
});
