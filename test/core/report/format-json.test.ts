import { describe, expect, it } from 'vitest';
import { formatJson, type JsonReport } from '../../../src/core/report/format-json.ts';
import { cleanResult, fileResult, sampleResult } from './check-result-fixture.ts';

const url = (ruleId: string): string =>
  `https://github.com/statusdocs/statusdocs/blob/main/docs/rules.md#${ruleId}`;

describe('formatJson', () => {
  it('follows the public contract, clean files included', () => {
    const output = formatJson(sampleResult(), { displayRoot: 'docs/status/' });
    const report = JSON.parse(output) as JsonReport;
    expect(output).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(Object.keys(report)).toEqual(['version', 'summary', 'files']);
    expect(report).toEqual({
      version: 1,
      summary: { files: 3, errors: 2, warnings: 1, infos: 1 },
      files: [
        {
          path: 'docs/status/api.md',
          doc: {
            id: 'api',
            title: 'API status',
            kind: 'status',
            status: 'active',
            date: '2026-01-02',
            updated: null,
            metrics: { completion: 80, tests: { passed: 95, failed: 3, total: 98 } },
            relations: [{ type: 'plan', target: 'plan.md' }],
          },
          messages: [
            {
              ruleId: 'missing-heading',
              severity: 'error',
              message:
                'Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`?',
              line: 3,
              column: 14,
              endLine: 3,
              endColumn: 26,
              url: url('missing-heading'),
              fixable: false,
            },
            {
              ruleId: 'stale',
              severity: 'warning',
              message:
                'Last updated `2026-01-02`, 323 days ago; update the doc or mark it `archived`.',
              line: 12,
              column: 5,
              endLine: null,
              endColumn: null,
              url: url('stale'),
              fixable: false,
            },
          ],
        },
        {
          path: 'docs/status/clean.md',
          doc: {
            id: 'clean.md',
            title: 'Clean',
            kind: 'report',
            status: 'done',
            date: null,
            updated: '2026-11-20',
            metrics: {},
            relations: [],
          },
          messages: [],
        },
        {
          path: 'docs/status/équipe/résumé, 2026.md',
          doc: {
            id: 'équipe/résumé, 2026.md',
            title: null,
            kind: 'report',
            status: null,
            date: null,
            updated: null,
            metrics: {},
            relations: [],
          },
          messages: [
            {
              ruleId: 'orphan',
              severity: 'info',
              message: 'No doc links to `résumé, 2026.md`; link it from an index.',
              line: 1,
              column: 1,
              endLine: 1,
              endColumn: 20,
              url: url('orphan'),
              fixable: false,
            },
            {
              ruleId: 'metric-sum',
              severity: 'error',
              message: 'Tests add up to `95%`, not `100%`;\nfix `passed: 95, failed: 3`.',
              line: 10,
              column: 3,
              endLine: 11,
              endColumn: 8,
              url: url('metric-sum'),
              fixable: false,
            },
          ],
        },
      ],
    });
  });

  it('keeps paths relative to the content root without displayRoot', () => {
    const report = JSON.parse(formatJson(sampleResult())) as JsonReport;
    expect(report.files.map((file) => file.path)).toEqual([
      'api.md',
      'clean.md',
      'équipe/résumé, 2026.md',
    ]);
  });

  it('prints an empty summary for a clean result', () => {
    expect(formatJson(cleanResult())).toContain(
      '"summary": {\n    "files": 2,\n    "errors": 0,\n    "warnings": 0,\n    "infos": 0\n  }',
    );
  });

  it('drops a date that is not YYYY-MM-DD', () => {
    const result = { root: '/p', files: [fileResult('a.md', [], { date: 'last week' })] };
    const report = JSON.parse(formatJson(result)) as JsonReport;
    expect(report.files[0]?.doc.date).toBeNull();
  });
});
