import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_RULES } from '../../../src/core/rules/claim-rules.ts';
import { docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

const runAll = (path: string, today?: string) =>
  messagesOf(runRules(docFixture(path, today ? { today } : {}), ...CLAIM_RULES));

function markdownUnder(folder: string): string[] {
  return readdirSync(new URL(`../../../${folder}`, import.meta.url), {
    recursive: true,
    encoding: 'utf8',
  })
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${folder}/${name.replaceAll('\\', '/')}`)
    .sort();
}

describe('claim rules together', () => {
  it('lists each rule once, by id', () => {
    expect(CLAIM_RULES.map((rule) => rule.id)).toEqual([
      'date-in-future',
      'stale',
      'metric-range',
      'metric-sum',
      'breakdown-sum',
      'completion-status',
      'done-with-open-tasks',
      'metric-conflict',
      'restated-metric',
      'unverified-claim',
    ]);
  });

  it.each(['clean-docs/status.md', 'clean-docs/sprint-report.md', 'clean-docs/plan.md'])(
    'clean doc %s yields no findings',
    (path) => {
      expect(runAll(path)).toEqual([]);
    },
  );

  it('is off inside code blocks, inline code and quotes', () => {
    expect(runAll('claims-in-code/doc.md')).toEqual([]);
  });

  it('content/ docs are clean', () => {
    const docs = markdownUnder('content');
    expect(docs.length).toBeGreaterThan(10);
    for (const path of docs)
      expect({ path, messages: runAll(path) }).toEqual({ path, messages: [] });
  });

  it('seed 000: the COMPLETED section with an open item and the Dec 20 entry', () => {
    expect(runAll('seeds/000_833aac18af8bc3d3.md', '2025-12-16')).toEqual([
      "56:58 date-in-future Date `Dec 20, 2025` is after the doc's last update `2025-12-15` (line 421); correct the date or update `updated`",
      '121:7 done-with-open-tasks Task `Verify make test-fast runs quickly without slow tests` is unchecked under `T1.5 - Mark Slow Tests`, which is marked `COMPLETED` (line 109); check it off or reopen the section',
    ]);
  });

  it('seed 001: a complete report with tests not yet executed', () => {
    expect(runAll('seeds/001_2f4d7447909a069d.md', '2025-12-16')).toEqual([
      '203:3 unverified-claim Doc claims `✅ Complete` (line 4) but `Requires API key configuration`, `Tests not yet executed` and `Test coverage` are still pending; finish it or soften the claim',
      "341:7 done-with-open-tasks Task `Tests executed: Pending migration execution` is unchecked but the doc's status is `✅ Complete` (line 4); check it off, move it to next steps, or change the status",
    ]);
  });

  it('seed 002: tests awaiting execution next to a production-ready verdict', () => {
    expect(runAll('seeds/002_d0f6005d88313b34.md', '2025-11-02')).toEqual([
      '257:40 unverified-claim Doc claims `Production-ready` (line 216) but `Tests Passing` is still pending; finish it or soften the claim',
    ]);
  });

  it.each([
    ['seeds/003_bda831af887fcddd.md', '2025-12-16'],
    ['seeds/004_7fac2de8baaf4b66.md', '2025-10-15'],
  ])('%s yields no claim findings', (path, today) => {
    expect(runAll(path, today)).toEqual([]);
  });
});
