import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../src/core/metrics/build-doc.ts';
import { fixtureSource, seedSource, textSource } from '../model/fixture-source.ts';

describe('buildDoc on seeds', () => {
  it('seed 000: title from the H1, `**Last Updated**` footer beats the title date', () => {
    const doc = buildDoc(seedSource('000'));
    expect(doc.title).toBe('Backend Development Status');
    expect(doc.updated).toBe('2025-12-15');
    expect(doc.date).toBeNull();
    expect(doc.kind).toBe('status');
    expect(doc.owner).toBe('Development Team');
    expect(doc.summary).toBe(
      'This document tracks the current state of backend development and remaining tasks.',
    );
    // `**Current Status**:` is a sentence, not a status: kept as written, not normalized.
    expect(doc.status).toBeNull();
    expect(doc.statusText).toMatch(/^Test infrastructure excellent/);
    expect(doc.sources).toEqual({
      id: { from: 'filename' },
      title: { from: 'heading', line: 1, column: 3 },
      kind: { from: 'heading', line: 1, column: 3 },
      status: { from: 'header', line: 5, column: 21 },
      updated: { from: 'header', line: 421, column: 19 },
      owner: { from: 'header', line: 422, column: 20 },
      summary: { from: 'body', line: 3, column: 1 },
      // Metrics no header gave come from the body's current claims.
      'metrics.coverage': { from: 'body', line: 5, column: 90 },
      'metrics.tasks': { from: 'body', line: 86, column: 7 },
    });
    expect(doc.metrics).toEqual({
      coverage: { value: 41, target: 80 },
      tasks: { done: 11, total: 27 },
    });
  });

  it('seed 001: date, status, completion and plan from header lines', () => {
    const doc = buildDoc(seedSource('001'));
    expect(doc).toEqual({
      id: '001_2f4d7447909a069d.md',
      path: '001_2f4d7447909a069d.md',
      title: 'Progress Report: Backend Infrastructure & Testing',
      kind: 'report',
      status: 'done',
      statusText: '✅ Complete',
      date: '2025-12-12',
      updated: null,
      owner: null,
      tags: [],
      summary: null,
      metrics: { completion: 100, tasks: { done: 13, total: 31 } },
      relations: [
        {
          type: 'plan',
          target: 'ResonaAI/Plans/Active/00-Platform-Completion-Plan.md',
          source: { from: 'header', line: 7, column: 20 },
        },
      ],
      sources: {
        id: { from: 'filename' },
        title: { from: 'heading', line: 1, column: 3 },
        kind: { from: 'heading', line: 1, column: 3 },
        status: { from: 'header', line: 4, column: 13 },
        date: { from: 'header', line: 3, column: 11 },
        'metrics.completion': { from: 'header', line: 5, column: 17 },
        'metrics.tasks': { from: 'body', line: 323, column: 7 },
      },
    });
  });

  it('seed 002: title without the mangled emoji, date from the header', () => {
    const doc = buildDoc(seedSource('002'));
    expect(doc.title).toBe('SESSION COMPLETION SUMMARY - PR-048 AUTO-TRACE');
    expect(doc.kind).toBe('report');
    expect(doc.date).toBe('2025-11-01');
  });

  it('seed 003: no date anywhere', () => {
    const doc = buildDoc(seedSource('003'));
    expect(doc.date).toBeNull();
    expect(doc.updated).toBeNull();
    expect(doc.title).toBe('Phase 2: Backend API - Progress Summary');
    expect(doc.sources.date).toBeUndefined();
  });

  it('seed 004: date from the header, blocked from its Executive Summary status', () => {
    const doc = buildDoc(seedSource('004'));
    expect(doc.date).toBe('2025-10-14');
    expect(doc.sources.date).toEqual({ from: 'header', line: 3, column: 11 });
    expect(doc.status).toBe('blocked');
    expect(doc.statusText).toBe('‚ö†Ô∏è 50% PASSING - ARCHITECTURAL BLOCKERS IDENTIFIED');
    expect(doc.sources.status).toEqual({ from: 'header', line: 11, column: 13 });
  });
});

describe('buildDoc with frontmatter', () => {
  it('takes every field from full frontmatter, over header lines and the title', () => {
    const { ignored, ...doc } = buildDoc(fixtureSource('frontmatter-full'));
    expect(ignored?.map((item) => `${item.field} ${item.value} ${item.source.line ?? 0}`)).toEqual([
      'status ✅ Complete 26',
      'date 2025-11-30 25',
      'updated 2025-12-10 23',
    ]);
    expect(doc).toEqual({
      id: 'api-status',
      path: 'doc.md',
      title: 'API Status',
      kind: 'status',
      status: 'active',
      statusText: 'in progress',
      date: '2025-12-01',
      updated: '2025-12-14',
      owner: 'Platform Team',
      tags: ['api', 'backend'],
      summary: 'Where the public API stands.',
      metrics: {
        completion: 60,
        tests: { passed: 120, failed: 2, total: 122 },
        coverage: { value: 78.5, target: 80 },
        custom: { latency_p99: { value: 230, unit: 'ms', target: 250, better: 'lower' } },
      },
      relations: [
        {
          type: 'plan',
          target: 'plans/active/api-plan.md',
          source: { from: 'frontmatter', line: 11, column: 1 },
        },
        {
          type: 'supersedes',
          target: 'archive/api-status-v1.md',
          source: { from: 'frontmatter', line: 13, column: 5 },
        },
        {
          type: 'related',
          target: 'reports/api-load-test.md',
          source: { from: 'frontmatter', line: 14, column: 11 },
        },
        {
          type: 'aliases',
          target: 'API_STATUS.md',
          source: { from: 'frontmatter', line: 15, column: 11 },
        },
      ],
      sources: {
        id: { from: 'frontmatter', line: 2, column: 1 },
        title: { from: 'frontmatter', line: 3, column: 1 },
        kind: { from: 'frontmatter', line: 4, column: 1 },
        status: { from: 'frontmatter', line: 5, column: 1 },
        date: { from: 'frontmatter', line: 6, column: 1 },
        updated: { from: 'frontmatter', line: 7, column: 1 },
        owner: { from: 'frontmatter', line: 8, column: 1 },
        tags: { from: 'frontmatter', line: 9, column: 1 },
        summary: { from: 'frontmatter', line: 10, column: 1 },
        'metrics.completion': { from: 'frontmatter', line: 17, column: 3 },
        'metrics.tests': { from: 'frontmatter', line: 18, column: 3 },
        'metrics.coverage': { from: 'frontmatter', line: 19, column: 3 },
      },
    });
  });

  it('keeps the valid fields of invalid frontmatter and falls back for the rest', () => {
    const doc = buildDoc(fixtureSource('frontmatter-invalid-field'));
    expect(doc).toMatchObject({
      title: 'Search Rollout',
      kind: 'plan',
      status: 'blocked',
      date: '2025-12-02',
      owner: 'Dana',
      metrics: { completion: 45 },
    });
    expect(doc.metrics.tests).toBeUndefined();
    expect(doc.sources).toMatchObject({
      title: { from: 'frontmatter', line: 2, column: 1 },
      // `kind: memo` is not a kind: the first heading's "Plan" decides.
      kind: { from: 'heading', line: 12, column: 3 },
      status: { from: 'frontmatter', line: 4, column: 1 },
      date: { from: 'header', line: 14, column: 11 },
      owner: { from: 'header', line: 15, column: 12 },
      'metrics.completion': { from: 'frontmatter', line: 8, column: 3 },
    });
  });

  it('ignores frontmatter that is not a mapping or is broken YAML', () => {
    expect(buildDoc(textSource('---\n- a\n- b\n---\n# Title\n')).title).toBe('Title');
    const broken = buildDoc(textSource('---\ntitle: [unclosed\n---\n# Heading\n'));
    expect(broken.title).toBe('Heading');
  });
});

describe('buildDoc precedence and options', () => {
  it('prefers a header date over the file name, and the file name over nothing', () => {
    const text = '# Report\n\n**Date**: Dec 9, 2025\n';
    expect(buildDoc(textSource(text, 'REPORT_20251201.md'))).toMatchObject({
      date: '2025-12-09',
      sources: { date: { from: 'header', line: 3, column: 11 } },
    });
    expect(buildDoc(textSource('# Report\n', 'REPORT_20251201.md'))).toMatchObject({
      date: '2025-12-01',
      sources: { date: { from: 'filename' } },
    });
  });

  it('skips an invalid header date for the next valid one', () => {
    const doc = buildDoc(fixtureSource('date-invalid-header', 'REPORT_20251209.md'));
    expect(doc.date).toBe('2025-12-09');
    expect(doc.sources.date).toEqual({ from: 'filename' });
    expect(doc.updated).toBeNull();
  });

  it('lets a lifecycle folder beat the written status, keeping what was written', () => {
    const written = buildDoc(textSource('# X\n\n**Status**: ⏳ In progress\n', 'archive/x.md'));
    expect([written.status, written.statusText, written.kind, written.sources.status]).toEqual([
      'archived',
      '⏳ In progress',
      'archive',
      { from: 'folder' },
    ]);
    expect(written.ignored).toEqual([
      { field: 'status', value: '⏳ In progress', source: { from: 'header', line: 3, column: 13 } },
    ]);
    const open = buildDoc(textSource('# X\n\n**Status**: Done\n', 'tasks/backlog/x.md'));
    expect([open.status, open.sources.status?.from]).toEqual(['done', 'header']);
    const filed = buildDoc(textSource('# X\n', 'archive/x.md'));
    expect([filed.status, filed.statusText, filed.sources.status]).toEqual([
      'archived',
      null,
      { from: 'folder' },
    ]);
  });

  it('lets configured status words win', () => {
    const source = textSource('# X\n\n**Status**: Parked\n');
    expect(buildDoc(source).status).toBeNull();
    expect(buildDoc(source, { statuses: { parked: 'blocked' } }).status).toBe('blocked');
  });

  it('reads completion as `~40%`, but not a ratio', () => {
    expect(buildDoc(textSource('# X\n\n**Overall Completion**: ~40% (est.)\n')).metrics).toEqual({
      completion: 40,
    });
    expect(buildDoc(textSource('# X\n\n**Completion**: 3/5 phases\n')).metrics).toEqual({});
  });

  it('reads tags from a header line', () => {
    expect(buildDoc(textSource('# X\n\n**Tags**: api, #backend\n')).tags).toEqual([
      'api',
      'backend',
    ]);
  });

  it('uses the path as id and the file name as title without an H1', () => {
    expect(buildDoc(textSource('Just text.\n', 'notes/login-fix_v2.md'))).toMatchObject({
      id: 'notes/login-fix_v2.md',
      title: 'login fix v2',
      kind: 'report',
      sources: { id: { from: 'filename' }, title: { from: 'filename' }, kind: { from: 'default' } },
    });
  });

  it('builds a doc from an empty file', () => {
    expect(buildDoc(textSource('')).title).toBe('doc');
  });

  it.each([
    ['a heading of spaced dashes', `# ${'- '.repeat(100_000)}x\n`],
    ['a header line of spaces', `# X\n\n**Status**: a${' '.repeat(100_000)}b\n`],
    ['a header line of brackets', `# X\n\n**Related**: ${'['.repeat(100_000)}\n`],
    ['a wall of header lines', `# X\n\n${'**Status**: x\n'.repeat(20_000)}`],
  ])('finishes on %s (a catastrophic regex would hit the test timeout)', (_, text) => {
    expect(buildDoc(textSource(text)).kind).toBe('report');
  });
});
