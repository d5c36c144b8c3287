import { describe, expect, it } from 'vitest';
import { stale } from '../../../src/core/rules/stale.ts';
import { docContext, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

const active =
  '---\nkind: status\nstatus: active\ndate: 2026-08-01\nupdated: 2026-09-01\n---\n# T\n';

describe('stale', () => {
  it('reports an active doc not updated for more than staleDays', () => {
    expect(messagesOf(runRules(docContext(active), stale))).toEqual([
      '5:1 stale Doc is `active` but was last updated `2026-09-01`, 81 days ago (more than 30); update it or change its status',
    ]);
  });

  it('uses the configured staleDays and falls back to date', () => {
    expect(messagesOf(runRules(docContext(active, { config: { staleDays: 90 } }), stale))).toEqual(
      [],
    );
    const dated = docContext('# Login Plan\n\n**Date**: 2026-10-01\n**Status**: ⏳ In progress\n');
    expect(messagesOf(runRules(dated, stale))).toEqual([
      '3:11 stale Doc is `⏳ In progress` but was last updated `2026-10-01`, 51 days ago (more than 30); update it or change its status',
    ]);
  });

  it('stays quiet on snapshots: reports, archived docs and dated file names', () => {
    const report = '# Sprint Report\n\n**Date**: 2026-08-01\n**Status**: In progress\n';
    expect(messagesOf(runRules(docContext(report), stale))).toEqual([]);
    const archived = docContext('# Plan\n\n**Date**: 2026-08-01\n**Status**: Active\n', {
      path: 'archive/plan.md',
    });
    expect(messagesOf(runRules(archived, stale))).toEqual([]);
    const dated = docContext('# Plan\n\n**Status**: Active\n', { path: 'PLAN_2026-08-01.md' });
    expect(messagesOf(runRules(dated, stale))).toEqual([]);
  });

  it('stays quiet on done docs and recent active docs', () => {
    const done = active.replace('status: active', 'status: done');
    expect(messagesOf(runRules(docContext(done), stale))).toEqual([]);
    expect(messagesOf(runRules(docContext(active, { today: '2026-09-30' }), stale))).toEqual([]);
  });
});
