import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../../src/core/report/escape-workflow-command.ts';
import { formatGithub } from '../../../src/core/report/format-github.ts';
import { cleanResult, fileResult, sampleResult } from './check-result-fixture.ts';

describe('formatGithub', () => {
  it('prints one workflow command per finding, escaped, contradictions and errors first', () => {
    expect(formatGithub(sampleResult(), { displayRoot: 'docs/status' })).toBe(
      [
        // Columns are dropped for a multi-line range: GitHub rejects them there.
        '::error file=docs/status/équipe/résumé%2C 2026.md,line=10,endLine=11,title=metric-sum::Tests add up to `95%25`, not `100%25`;%0Afix `passed: 95, failed: 3`.',
        '::error file=docs/status/api.md,line=3,col=14,endLine=3,endColumn=26,title=missing-heading::Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`?',
        '::warning file=docs/status/api.md,line=12,col=5,title=stale::Last updated `2026-01-02`, 323 days ago; update the doc or mark it `archived`.',
        '::notice file=docs/status/équipe/résumé%2C 2026.md,line=1,col=1,endLine=1,endColumn=20,title=orphan::No doc links to `résumé, 2026.md`; link it from an index.',
        '',
      ].join('\n'),
    );
  });

  it('keeps errors only when quiet', () => {
    const lines = formatGithub(sampleResult(), { quiet: true }).trimEnd().split('\n');
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::error']);
  });

  it('folds a rule repeating in a file into one annotation unless verbose', () => {
    const result = {
      root: '/p',
      files: [
        fileResult(
          'a.md',
          [4, 8, 15, 16, 23].map((line) => ({
            ruleId: 'missing-file' as const,
            severity: 'error' as const,
            reason: `Cannot find \`${line}.md\``,
            place: { line, column: 1 },
          })),
        ),
      ],
    };
    expect(formatGithub(result)).toBe(
      '::error file=a.md,line=4,col=1,title=missing-file::Cannot find `4.md` (4 more in this file: 8:1, 15:1, 16:1 and 1 more)\n',
    );
    expect(formatGithub(result, { verbose: true }).split('\n')).toHaveLength(6);
  });

  it('prints nothing for a clean result', () => {
    expect(formatGithub(cleanResult())).toBe('');
  });
});

describe('escapeData and escapeProperty', () => {
  it('escape like the Actions toolkit', () => {
    expect(escapeData('100%\r\nof a:b,c')).toBe('100%25%0D%0Aof a:b,c');
    expect(escapeProperty('100%\r\nof a:b,c')).toBe('100%25%0D%0Aof a%3Ab%2Cc');
  });
});
