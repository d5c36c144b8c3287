import { describe, expect, it } from 'vitest';
import {
  summarizeBodyMetrics,
  type BodyClaim,
} from '../../../src/core/metrics/extract-body-metrics.ts';
import { docContext, docFixture } from '../../helpers/doc-context.ts';

/** Claims as compact strings: `line:column metric value [current]`. */
function compact(claims: readonly BodyClaim[]): string[] {
  return claims.map((claim) => {
    const at = `${claim.position.start.line}:${claim.position.start.column}`;
    const value =
      claim.metric === 'tests'
        ? JSON.stringify(claim.counts)
        : claim.metric === 'tasks'
          ? `${claim.done}/${claim.total} ${claim.scope}`
          : `${claim.value.min === claim.value.max ? claim.value.min : `${claim.value.min}-${claim.value.max}`}${claim.metric === 'coverage' && claim.target ? ` target ${claim.target.min}` : ''}`;
    return `${at} ${claim.metric} ${value}${claim.current ? ' current' : ''}`;
  });
}

const claimsOf = (text: string) => docContext(text).index.claims;

describe('extractBodyMetrics', () => {
  it('reads test counts in prose, lists and key-value tables', () => {
    const claims = claimsOf(
      [
        '# T',
        '',
        '**Tests**: 31/62 passing',
        '',
        '- 1,373 passing, 20 failures',
        '- 4 passed, 1 failed',
        '- ✅ 31 PASSED',
        '',
        '| Metric | Value |',
        '|---|---|',
        '| Tests Passing | 31/62 |',
        '| Tests Failing | 11/62 |',
        '',
      ].join('\n'),
    );
    expect(compact(claims)).toEqual([
      '3:12 tests {"passed":31,"total":62} current',
      '5:3 tests {"passed":1373,"failed":20}',
      '6:3 tests {"passed":4,"failed":1}',
      '7:5 tests {"passed":31}',
      '11:19 tests {"passed":31,"total":62,"failed":11} current',
    ]);
    expect(claims[0]?.text).toBe('Tests: 31/62 passing');
  });

  it('reads pass rates, coverage with its target, and completion', () => {
    const claims = claimsOf(
      [
        '# T',
        '',
        '**Current Status**: stable (98.6% pass rate), coverage improving (~40-42%, target: 80%)',
        '**Completion**: 100%',
        '**Overall Progress**: ~40%',
        'OVERALL: 85% COMPLETE',
        '**Overall Completion**: 100%',
        '',
      ].join('\n'),
    );
    expect(compact(claims)).toEqual([
      '3:29 passRate 98.6 current',
      '3:67 coverage 40-42 target 80 current',
      '4:17 completion 100 current',
      '5:23 completion 40 current',
      '6:10 completion 85 current',
      '7:25 completion 100 current',
    ]);
  });

  it('marks history, goals, changes and part-level labels as not current', () => {
    const claims = claimsOf(
      [
        '# T',
        '',
        '- Backend coverage: 61%',
        '- Coverage: 48% → 52%',
        '',
        '## Changelog',
        '',
        '- Coverage: 45%',
        '',
      ].join('\n'),
    );
    expect(compact(claims)).toEqual(['3:21 coverage 61', '4:13 coverage 48', '8:13 coverage 45']);
    expect(claimsOf('# T\n\n- Goal: reach 60% coverage\n- Achieve ≥80% coverage\n')).toEqual([]);
  });

  it('counts task items per section and for the whole doc', () => {
    const claims = claimsOf(
      '# T\n\n## A\n\n- [x] one\n- [ ] two\n\n## B\n\n- [x] three\n\n```\n- [ ] code\n```\n',
    );
    expect(compact(claims)).toEqual([
      '5:7 tasks 1/2 section',
      '5:7 tasks 2/3 doc current',
      '10:7 tasks 1/1 section',
    ]);
    expect(claims.map((claim) => claim.section)).toEqual(['A', null, 'B']);
  });

  it('skips code blocks, inline code and quotes', () => {
    expect(
      claimsOf('# T\n\n```\nCoverage: 40%\n```\n\nSee `Coverage: 40%`.\n\n> Coverage: 40%\n'),
    ).toEqual([]);
  });

  it('summarizes the doc-level metrics with their sources', () => {
    const claims = claimsOf(
      '# T\n\n**Coverage**: ~40-42% (target: 80%)\n**Overall Progress**: 60%\n\n- [x] a\n- [ ] b\n',
    );
    expect(summarizeBodyMetrics(claims)).toEqual({
      metrics: {
        completion: 60,
        coverage: { value: 41, target: 80 },
        tasks: { done: 1, total: 2 },
      },
      sources: {
        'metrics.completion': { from: 'body', line: 4, column: 23 },
        'metrics.coverage': { from: 'body', line: 3, column: 15 },
        'metrics.tasks': { from: 'body', line: 6, column: 7 },
      },
    });
  });

  it('seed 004: the summary table, the pass rate in the status and the trend of claims', () => {
    const claims = docFixture('seeds/004_7fac2de8baaf4b66.md').index.claims;
    const summary = summarizeBodyMetrics(claims);
    expect(summary.metrics.tests).toEqual({ passed: 31, failed: 11, errors: 20, total: 62 });
    expect(summary.metrics.completion).toBe(40);
    expect(compact(claims.filter((claim) => claim.current))).toEqual([
      '11:22 passRate 50 current',
      '17:23 tests {"passed":31,"total":62,"failed":11,"errors":20} current',
      '472:23 completion 40 current',
    ]);
  });

  it('seed 000: the current status line, not the changelog', () => {
    const claims = docFixture('seeds/000_833aac18af8bc3d3.md').index.claims;
    expect(compact(claims.filter((claim) => claim.current))).toEqual([
      '5:52 passRate 98.6 current',
      '5:90 coverage 40-42 target 80 current',
      '86:7 tasks 11/27 doc current',
    ]);
  });
});
