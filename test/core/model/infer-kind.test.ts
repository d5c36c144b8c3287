import { describe, expect, it } from 'vitest';
import { inferKind, kindFromWords } from '../../../src/core/model/infer-kind.ts';

describe('kindFromWords', () => {
  it.each([
    ['Progress Report: Backend Infrastructure & Testing', 'report'],
    ['SESSION COMPLETION SUMMARY - PR-048 AUTO-TRACE', 'report'],
    ['Backend Development Status', 'status'],
    ['HITL Backend - HONEST Production Test Status Report', 'report'],
    ['Platform Completion Plan', 'plan'],
    ['Plan Status', 'status'],
    ['Session Handoff Summary', 'handoff'],
    ['ADR 12: Use Postgres', 'decision'],
    ['Frontend Redesign Vision', 'plan'],
    ['E2E 诊断与渲染优化方案', 'plan'],
  ])('%j → %s', (text, kind) => {
    expect(kindFromWords(text)).toBe(kind);
  });

  it('returns null without kind words', () => {
    expect(kindFromWords('Backend API')).toBeNull();
    expect(kindFromWords('Planning poker statuses')).toBeNull();
  });
});

describe('inferKind', () => {
  const title = {
    value: 'Backend Status',
    source: { from: 'heading' as const, line: 1, column: 3 },
  };

  it('prefers frontmatter, then config, then path, then the title', () => {
    const frontmatter = { value: 'plan' as const, source: { from: 'frontmatter' as const } };
    const config = { value: 'decision' as const, source: { from: 'default' as const } };
    const path = { value: 'handoff' as const, source: { from: 'folder' as const } };
    expect(inferKind({ frontmatter, config, path, titles: [title] })).toBe(frontmatter);
    expect(inferKind({ config, path, titles: [title] })).toBe(config);
    expect(inferKind({ path, titles: [title] })).toBe(path);
    expect(inferKind({ titles: [title] })).toEqual({ value: 'status', source: title.source });
    const plain = { ...title, value: 'Search Rollout' };
    const heading = { ...title, value: 'Search Rollout Plan' };
    expect(inferKind({ titles: [plain, heading] })).toEqual({
      value: 'plan',
      source: title.source,
    });
  });

  it('defaults to report', () => {
    expect(inferKind({})).toEqual({ value: 'report', source: { from: 'default' } });
    expect(inferKind({ titles: [{ ...title, value: 'Backend API' }, null] })).toEqual({
      value: 'report',
      source: { from: 'default' },
    });
  });
});
