import { describe, expect, it } from 'vitest';
import { normalizeStatus } from '../../../src/core/model/normalize-status.ts';

describe('normalizeStatus', () => {
  it.each([
    ['✅ Complete', 'done'],
    ['Completed', 'done'],
    ['`COMPLETED` ✅ (Dec 13, 2025)', 'done'],
    ['ALL RESOLVED', 'done'],
    ['Shipped', 'done'],
    ['Already Complete (Verified)', 'done'],
    ['⏳ In Progress', 'active'],
    ['`IN_PROGRESS` (Baseline: ~85 diagnostics)', 'active'],
    ['`PARTIAL` (Testing docs updated)', 'active'],
    ['WIP', 'active'],
    ['Ongoing', 'active'],
    ['Partially complete', 'active'],
    ['Not complete', 'active'],
    ['❌ Blocked', 'blocked'],
    ['Failing', 'blocked'],
    ['⚠️ **50% PASSING - ARCHITECTURAL BLOCKERS IDENTIFIED**', 'blocked'],
    ['📋 Planned', 'planned'],
    ['`TODO`', 'planned'],
    ['Not started', 'planned'],
    ['Not yet started', 'planned'],
    ['Cancelled', 'abandoned'],
    ["Won't do", 'abandoned'],
    ['Superseded by v2', 'superseded'],
    ['Replaced', 'superseded'],
    ['Archived', 'archived'],
  ] as const)('reads %j as %s', (text, status) => {
    expect(normalizeStatus(text)).toBe(status);
  });

  it.each([
    ['✅', 'done'],
    ['✅ 100%', 'done'],
    ['🟡', 'active'],
    ['🔄', 'active'],
    ['⚠️', 'active'],
    ['❌', 'blocked'],
    ['🔴', 'blocked'],
    ['📋', 'planned'],
  ] as const)('reads the emoji %j alone as %s', (text, status) => {
    expect(normalizeStatus(text)).toBe(status);
  });

  it('reads mangled emoji as the emoji they were', () => {
    expect(normalizeStatus('âœ…')).toBe('done');
    expect(normalizeStatus('‚úÖ')).toBe('done');
    expect(normalizeStatus('âŒ')).toBe('blocked');
  });

  it('prefers words over emoji', () => {
    expect(normalizeStatus('✅ In progress')).toBe('active');
    expect(normalizeStatus('❌ Done')).toBe('done');
  });

  it.each(['❌ NO', '✅ YES', 'Test infrastructure excellent (98.6% pass rate)', '', '   '])(
    'does not read %j as a status',
    (text) => {
      expect(normalizeStatus(text)).toBeNull();
    },
  );

  it('is case-insensitive and does not match inside words', () => {
    expect(normalizeStatus('COMPLETE')).toBe('done');
    expect(normalizeStatus('Unblocked, inactive')).toBeNull();
  });

  it('lets extra words from the config win', () => {
    expect(normalizeStatus('In Review', { 'in review': 'blocked' })).toBe('blocked');
    expect(normalizeStatus('Done', { done: 'archived' })).toBe('archived');
    expect(normalizeStatus('Parked (waiting on legal)', { parked: 'blocked' })).toBe('blocked');
    expect(normalizeStatus('Sparked', { park: 'blocked' })).toBeNull();
  });
});

describe('normalizeStatus for handoffs and decisions', () => {
  it('reads a finished handoff and an accepted decision as done', () => {
    expect(normalizeStatus('✅ Handed over')).toBe('done');
    expect(normalizeStatus('Accepted')).toBe('done');
  });
});
