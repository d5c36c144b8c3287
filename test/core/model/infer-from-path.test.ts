import { describe, expect, it } from 'vitest';
import { dateFromName, inferFromPath } from '../../../src/core/model/infer-from-path.ts';

const filename = { from: 'filename' };
const folder = { from: 'folder' };

describe('dateFromName', () => {
  it.each([
    ['STATUS_2025-12-13', '2025-12-13'],
    ['X_COMPLETED_20251209', '2025-12-09'],
    ['25-12-12-Report', '2025-12-12'],
    ['2025-11-03_14-20_TITLE', '2025-11-03'],
    ['report_2025_12_01', '2025-12-01'],
  ])('reads %s as %s', (name, date) => {
    expect(dateFromName(name)).toEqual({ value: date, source: filename });
  });

  it.each(['REPORT_20251399', 'v1-2-3-notes', 'Report-25-12-12', 'build-123456789', 'PLAN'])(
    'finds no date in %s',
    (name) => {
      expect(dateFromName(name)).toBeNull();
    },
  );
});

describe('inferFromPath', () => {
  it('treats anything under archive/ as archived, whatever its inner folders say', () => {
    expect(inferFromPath('.agents/archive/plans/active/REFACTORING_COMPLETED_20251209.md')).toEqual(
      {
        date: { value: '2025-12-09', source: filename },
        kind: { value: 'archive', source: folder },
        status: { value: 'archived', source: folder },
      },
    );
    expect(inferFromPath('Archived/x.md').status).toEqual({ value: 'archived', source: folder });
  });

  it('reads status from the nearest folder and kind from folders', () => {
    expect(inferFromPath('plans/active/00-Platform-Completion-Plan.md')).toEqual({
      date: null,
      kind: { value: 'plan', source: folder },
      status: { value: 'active', source: folder },
    });
    expect(inferFromPath('plans/completed/x.md').status).toEqual({ value: 'done', source: folder });
    expect(inferFromPath('docs/superseded/x.md').status).toEqual({
      value: 'superseded',
      source: folder,
    });
    expect(inferFromPath('bugs/open/crash.md').status).toEqual({ value: 'active', source: folder });
    expect(inferFromPath('bugs/closed/crash.md').status).toEqual({ value: 'done', source: folder });
  });

  it('reads status and kind from the file name when folders say nothing', () => {
    expect(inferFromPath('PRODUCTION_BUGS_RESOLVED_20251208.md')).toEqual({
      date: { value: '2025-12-08', source: filename },
      kind: null,
      status: { value: 'done', source: filename },
    });
    expect(inferFromPath('REFACTORING_STRATEGY_COMPLETED_20251209.md').status).toEqual({
      value: 'done',
      source: filename,
    });
    expect(inferFromPath('ROADMAP_ARCHIVE.md').status).toEqual({
      value: 'archived',
      source: filename,
    });
  });

  it.each([
    ['HANDOFF.md', 'handoff'],
    ['SESSION_HANDOFF_SUMMARY.md', 'handoff'],
    ['PROGRESS_REPORT_3.md', 'report'],
    ['SESSION_SUMMARY.md', 'report'],
    ['BACKEND_STATUS.md', 'status'],
    ['TASK_TRACKER.md', 'status'],
    ['STATUS_REPORT.md', 'report'],
    ['00-Platform-Completion-Plan.md', 'plan'],
    ['ADR-0001-use-postgres.md', 'decision'],
    ['ProgressReport.md', 'report'],
    ['docs/decisions/use-postgres.md', 'decision'],
  ])('reads the kind of %s as %s', (path, kind) => {
    expect(inferFromPath(path).kind?.value).toBe(kind);
  });

  it('is case-insensitive and finds nothing in plain names', () => {
    expect(inferFromPath('ARCHIVE/Backend_Status.md').kind?.value).toBe('archive');
    expect(inferFromPath('notes/readme.md')).toEqual({ date: null, kind: null, status: null });
  });
});

describe('inferFromPath on lifecycle folders and names of real repos', () => {
  it.each([
    ['docs/_archive/x.md', 'archived'],
    ['docs/archive-2024/x.md', 'archived'],
    ['docs/history/x.md', 'archived'],
    ['docs/legacy/notes/x.md', 'archived'],
    ['.planning/milestones/v1.2-phases/03-login/03-PLAN.md', 'archived'],
    ['plans/phase_completed/x.md', 'done'],
    ['debug/resolved/crash.md', 'done'],
    ['tasks/cancelled/TASK-1.md', 'abandoned'],
    ['plans/paused/x.md', 'blocked'],
  ])('reads %s as %s', (path, status) => {
    expect(inferFromPath(path).status?.value).toBe(status);
  });

  it('reads a status word in the name only at its end', () => {
    expect(inferFromPath('2026-01-02-login_plan_completed.md').status?.value).toBe('done');
    expect(inferFromPath('PLAN-cache.COMPLETED.md').status?.value).toBe('done');
    expect(inferFromPath('ETAPA_2_CONCLUIDA.md').status?.value).toBe('done');
    expect(inferFromPath('COMPLETE_SYSTEM_GUIDE.md').status).toBeNull();
  });

  it('takes only a lifecycle from the folders above the content root', () => {
    expect(inferFromPath('x.md', 'docs/archive').status?.value).toBe('archived');
    expect(inferFromPath('x.md', 'plans/completed').status?.value).toBe('done');
    expect(inferFromPath('x.md', 'status-pages/active')).toEqual({
      date: null,
      kind: null,
      status: null,
    });
  });

  it.each([
    ['audits/audit-2026-01-22/findings.md', '2026-01-22'],
    ['quick/260107-fix-login/PLAN.md', '2026-01-07'],
    ['archive/docs-refactor-20251126-075144/x.md', '2025-11-26'],
    ['tasks/completed/2025-11/TASK-1.md', '2025-11'],
  ])('reads the date of %s from its folder: %s', (path, date) => {
    expect(inferFromPath(path).date).toEqual({ value: date, source: folder });
  });

  it.each([
    ['tasks/backlog/TASK-9-add-cache.md', 'plan'],
    ['specs/login.md', 'plan'],
    ['FEATURE_CONCEPT.md', 'plan'],
    ['RELATORIO_FINAL.md', 'report'],
    ['工作计划.md', 'plan'],
    ['COST_TRACKING_DONE.md', null],
  ])('reads the kind of %s as %s', (path, kind) => {
    expect(inferFromPath(path).kind?.value ?? null).toBe(kind);
  });
});
