import { describe, expect, it } from 'vitest';
import { formatJobSummary } from '../../../src/core/report/format-job-summary.ts';
import { cleanResult, fileResult, sampleResult } from './check-result-fixture.ts';

describe('formatJobSummary', () => {
  it('sums up, counts each rule (contradictions first), then lists findings by file', () => {
    expect(formatJobSummary(sampleResult(), { displayRoot: 'docs/status/', suppressed: 2 })).toBe(
      [
        '## statusdocs: 2 errors, 1 warning, 1 info in 2 files',
        '',
        '2 findings suppressed by the baseline.',
        '',
        '### By rule',
        '',
        '- `metric-sum` (error): 1',
        '- `missing-heading` (error): 1',
        '- `stale` (warning): 1',
        '- `orphan` (info): 1',
        '',
        '### By file',
        '',
        '#### `docs/status/api.md`',
        '',
        '- 3:14 error `missing-heading`: Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`?',
        '- 12:5 warning `stale`: Last updated `2026-01-02`, 323 days ago; update the doc or mark it `archived`.',
        '',
        '#### `docs/status/équipe/résumé, 2026.md`',
        '',
        '- 10:3 error `metric-sum`: Tests add up to `95%`, not `100%`; fix `passed: 95, failed: 3`.',
        '- 1:1 info `orphan`: No doc links to `résumé, 2026.md`; link it from an index.',
        '',
      ].join('\n'),
    );
  });

  it('folds a repeating rule and escapes Markdown in messages', () => {
    const result = {
      root: '/p',
      files: [
        fileResult(
          'a.md',
          [1, 2, 3, 4].map((line) => ({
            ruleId: 'missing-file' as const,
            severity: 'error' as const,
            reason: `Cannot find *${line}*.md`,
            place: { line, column: 1 },
          })),
        ),
      ],
    };
    expect(formatJobSummary(result)).toContain(
      '- 1:1 error `missing-file` ×4: Cannot find \\*1\\*.md; also at 2:1, 3:1, 4:1\n',
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatJobSummary(cleanResult())).toBe('## statusdocs: no problems in 2 docs\n');
  });
});
