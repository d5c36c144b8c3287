import { describe, expect, it } from 'vitest';
import { normalizeStatus, statusHint } from '../../../src/core/model/normalize-status.ts';

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
    ['diagnostiziert, Fix offen', 'active'],
    ['评审中', 'active'],
    ['待开始', 'planned'],
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

describe('normalizeStatus on the wording of real status lines', () => {
  it.each([
    ['PRODUCTION READY', 'done'],
    ['✅ IMPLEMENTED — all phases verified', 'done'],
    ['FIXED AND WORKING ✅', 'done'],
    ['ALL CRITERIA MET', 'done'],
    ['Verified', 'done'],
    ['review_complete', 'done'],
    ['✅ COMPLETE - 40 passed, 0 failed', 'done'],
    ['Planning', 'planned'],
    ['design_approved', 'planned'],
    ['Draft', 'planned'],
    ['Paused until the vendor replies', 'blocked'],
    ['On hold', 'blocked'],
    ['85% Complete, Frontend 10% Complete', 'active'],
    ['~60% complete', 'active'],
    ['Phase 1 complete, phase 2 next', 'active'],
    ['Phases 1-3 done', 'active'],
    ['100% complete', 'done'],
    ['investigating', 'active'],
  ] as const)('reads %j as %s', (text, status) => {
    expect(normalizeStatus(text)).toBe(status);
  });

  it.each([
    ['✅ Concluído', 'done'],
    ['COMPLETA', 'done'],
    ['Em andamento', 'active'],
    ['Pendente', 'planned'],
    ['Aprovado', 'done'],
    ['En progreso', 'active'],
    ['Completado', 'done'],
    ['Abgeschlossen', 'done'],
    ['In Arbeit', 'active'],
    ['Geplant', 'planned'],
    ['Terminé', 'done'],
    ['En cours', 'active'],
    ['已完成', 'done'],
    ['进行中', 'active'],
  ] as const)('reads the non-English %j as %s', (text, status) => {
    expect(normalizeStatus(text)).toBe(status);
  });

  it('does not find a word inside a longer one in other languages', () => {
    expect(normalizeStatus('Completamente novo módulo')).toBeNull();
    expect(normalizeStatus('Offenbach')).toBeNull();
  });

  it('reads an emoji beside unknown words only as a hint', () => {
    expect(normalizeStatus('✅ Requirements updated')).toBeNull();
    expect(statusHint('✅ Requirements updated')).toBe('done');
    expect(statusHint('Requirements updated')).toBeNull();
  });
});
