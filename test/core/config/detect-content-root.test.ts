import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  detectContentRoot,
  REPO_ROOT_EXCLUDE,
} from '../../../src/core/config/detect-content-root.ts';
import { loadConfig } from '../../../src/core/config/load-config.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function project(folders: string[]): string {
  dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-detect-'));
  for (const folder of folders) mkdirSync(path.join(dir, folder), { recursive: true });
  return dir;
}

describe('detectContentRoot', () => {
  it('prefers content/, then docs/, then the repository root with build output skipped', async () => {
    expect(await detectContentRoot(project(['content', 'docs']))).toEqual({
      content: 'content',
      exclude: [],
    });
    expect(await detectContentRoot(project(['docs', 'src']))).toEqual({
      content: 'docs',
      exclude: [],
    });
    expect(await detectContentRoot(project(['src', 'vendor']))).toEqual({
      content: '.',
      exclude: [...REPO_ROOT_EXCLUDE],
    });
  });

  it('does not take a file named docs for the folder', async () => {
    const root = project([]);
    writeFileSync(path.join(root, 'docs'), 'not a folder');
    expect((await detectContentRoot(root)).content).toBe('.');
  });
});

describe('loadConfig without content', () => {
  it('uses the detected folder when no config names one', async () => {
    const root = project(['docs']);
    expect(await loadConfig(root)).toMatchObject({ config: { content: 'docs' }, detected: true });
  });

  it('keeps a configured content root, and detects when the config names none', async () => {
    const root = project(['docs']);
    writeFileSync(path.join(root, 'statusdocs.config.json'), '{"content": "notes"}');
    expect(await loadConfig(root)).toMatchObject({ config: { content: 'notes' }, detected: false });
    writeFileSync(path.join(root, 'statusdocs.config.json'), '{"exclude": ["drafts/**"]}');
    expect(await loadConfig(root)).toMatchObject({
      config: { content: 'docs', exclude: ['drafts/**'] },
      detected: true,
    });
  });
});
