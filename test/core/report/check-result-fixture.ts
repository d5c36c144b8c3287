import { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import type { CheckResult, FileResult } from '../../../src/core/check/check-result.ts';
import type { Doc } from '../../../src/core/model/doc.ts';
import { ruleUrl, type RuleId } from '../../../src/core/diagnostics/rule-ids.ts';
import { fatalOf, type Severity } from '../../../src/core/diagnostics/severity.ts';
import { blankDoc } from '../../helpers/rule-context.ts';

/** One hand-made finding. */
interface Finding {
  ruleId: RuleId;
  severity: Severity;
  reason: string;
  place: Point | Position;
}

/** A FileResult built from a real VFile, the way rules and `applySeverities` leave it. */
export function fileResult(path: string, findings: Finding[], doc: Partial<Doc> = {}): FileResult {
  const file = new VFile({ path });
  for (const finding of findings) {
    const message = file.message(finding.reason, {
      place: finding.place,
      ruleId: finding.ruleId,
      source: 'statusdocs',
    });
    message.url = ruleUrl(finding.ruleId);
    message.fatal = fatalOf(finding.severity);
  }
  return { path, doc: blankDoc(path, doc), messages: file.messages };
}

const range = (line: number, column: number, endLine: number, endColumn: number): Position => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

/**
 * Three docs, sorted by path: one with an error and a warning (the warning
 * placed at a point, without end), a clean one, and one under a non-ASCII
 * path with a comma, holding an info and a two-line error whose reason has
 * `%`, a line break and commas.
 */
export function sampleResult(): CheckResult {
  return {
    root: '/project/docs/status',
    files: [
      fileResult(
        'api.md',
        [
          {
            ruleId: 'missing-heading',
            severity: 'error',
            reason:
              'Cannot find heading `#latency` in `status/api.md`; did you mean `#latency-p99`?',
            place: range(3, 14, 3, 26),
          },
          {
            ruleId: 'stale',
            severity: 'warning',
            reason:
              'Last updated `2026-01-02`, 323 days ago; update the doc or mark it `archived`.',
            place: { line: 12, column: 5 },
          },
        ],
        {
          id: 'api',
          title: 'API status',
          kind: 'status',
          status: 'active',
          statusText: '🟢 Active',
          date: '2026-01-02',
          metrics: { completion: 80, tests: { passed: 95, failed: 3, total: 98 } },
          relations: [
            { type: 'plan', target: 'plan.md', source: { from: 'frontmatter', line: 4 } },
          ],
        },
      ),
      fileResult('clean.md', [], { title: 'Clean', status: 'done', updated: '2026-11-20' }),
      fileResult('équipe/résumé, 2026.md', [
        {
          ruleId: 'orphan',
          severity: 'info',
          reason: 'No doc links to `résumé, 2026.md`; link it from an index.',
          place: range(1, 1, 1, 20),
        },
        {
          ruleId: 'metric-sum',
          severity: 'error',
          reason: 'Tests add up to `95%`, not `100%`;\nfix `passed: 95, failed: 3`.',
          place: range(10, 3, 11, 8),
        },
      ]),
    ],
  };
}

/** A result where every doc is clean. */
export function cleanResult(): CheckResult {
  return { root: '/project', files: [fileResult('a.md', []), fileResult('b.md', [])] };
}
