import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../src/core/metrics/build-doc.ts';
import { textSource } from './fixture-source.ts';

const statusOf = (text: string, path = 'doc.md') => {
  const doc = buildDoc(textSource(text, path));
  return [doc.status, doc.sources.status?.from ?? null];
};

describe('inferStatus authority order', () => {
  it('lets a lifecycle folder or name marker beat an unfinished written status', () => {
    expect(statusOf('# X\n\n**Status**: In progress\n', 'plans/completed/x.md')).toEqual([
      'done',
      'folder',
    ]);
    expect(statusOf('# X\n\n**Status**: 🚧 Active\n', 'login_plan_completed.md')).toEqual([
      'done',
      'filename',
    ]);
    expect(statusOf('# X\n\n**Status**: Done\n', 'docs/archive/x.md')).toEqual([
      'archived',
      'folder',
    ]);
  });

  it('keeps a finished written status over a finished folder', () => {
    expect(statusOf('# X\n\n**Status**: Cancelled\n', 'plans/completed/x.md')).toEqual([
      'abandoned',
      'header',
    ]);
  });

  it('reads a status word ending the title, after header lines', () => {
    expect(statusOf('# Session 9 Complete: search\n')).toEqual(['done', 'heading']);
    expect(statusOf('# Login fix - In Progress\n')).toEqual(['active', 'heading']);
    expect(statusOf('# Login fix - Done\n\n**Status**: Blocked\n')).toEqual(['blocked', 'header']);
    expect(statusOf('# Complete Audit of the Login Flow\n')).toEqual([null, null]);
    expect(statusOf('# Guia Completo de Instalação\n')).toEqual([null, null]);
  });

  it('reads the status line of a quote, a list, a table or a `## Status` section', () => {
    expect(statusOf('# X\n\n> **Status**: Draft\n')[0]).toBe('planned');
    expect(statusOf('# X\n\n- **Overall Status**: Em andamento\n')[0]).toBe('active');
    expect(statusOf('# X\n\n| Status | Owner |\n|---|---|\n| Abgeschlossen | Ana |\n')[0]).toBe(
      'done',
    );
    expect(statusOf('# X\n\nIntro.\n\n## Status\n\nOn hold until March.\n')[0]).toBe('blocked');
  });

  it('uses an emoji beside unknown words only when nothing else answers', () => {
    expect(statusOf('# X\n\n**Status**: ✅ Requirements updated\n')).toEqual(['done', 'header']);
    expect(statusOf('# X\n\n**Status**: ✅ Requirements updated\n', 'backlog/x.md')).toEqual([
      'done',
      'header',
    ]);
  });
});
