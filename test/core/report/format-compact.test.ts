import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../../src/core/report/format-compact.ts';
import { cleanResult, sampleResult } from './check-result-fixture.ts';

describe('formatCompact', () => {
  it('prints one line per finding: path:line:col: severity message [rule]', () => {
    expect(formatCompact(sampleResult(), { displayRoot: 'docs/status/' })).toBe(
      [
        'docs/status/api.md:3:14: error Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`? [missing-heading]',
        'docs/status/api.md:12:5: warning Last updated `2026-01-02`, 323 days ago; update the doc or mark it `archived`. [stale]',
        'docs/status/équipe/résumé, 2026.md:1:1: info No doc links to `résumé, 2026.md`; link it from an index. [orphan]',
        'docs/status/équipe/résumé, 2026.md:10:3: error Tests add up to `95%`, not `100%`; fix `passed: 95, failed: 3`. [metric-sum]',
        '',
      ].join('\n'),
    );
  });

  it('keeps errors only when quiet, and prints nothing for a clean result', () => {
    expect(formatCompact(sampleResult(), { quiet: true }).trimEnd().split('\n')).toHaveLength(2);
    expect(formatCompact(cleanResult())).toBe('');
  });
});
