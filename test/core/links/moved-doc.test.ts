import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject, readFacts } from '../../../src/core/check/check-project.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';

let repo: string | undefined;
afterEach(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
  repo = undefined;
});

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_AUTHOR_DATE: '2025-12-09T12:00:00Z',
      GIT_COMMITTER_DATE: '2025-12-09T12:00:00Z',
    },
  });
}

describe('a doc moved in git history', () => {
  it('is named at its new place by checkProject, with the commit and a certain fix', async () => {
    repo = mkdtempSync(path.join(tmpdir(), 'statusdocs-links-'));
    const content = path.join(repo, 'docs');
    mkdirSync(path.join(content, 'plans'), { recursive: true });
    writeFileSync(path.join(content, 'STATUS.md'), '# Status\n\nSee [the plan](plans/auth.md).\n');
    writeFileSync(
      path.join(content, 'plans', 'auth.md'),
      '# Auth plan\n\n[Status](../STATUS.md)\n',
    );
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'Add docs');
    mkdirSync(path.join(content, 'archive', '2025-12'), { recursive: true });
    git('mv', 'docs/plans/auth.md', 'docs/archive/2025-12/auth.md');
    git('commit', '-q', '-m', 'Archive the auth plan');
    const commit = git('rev-parse', '--short', 'HEAD').trim();

    const { result } = await checkProject(content, configSchema.parse({}), '2026-11-21');
    const status = result.files.find((file) => file.path === 'STATUS.md');
    const missing = status?.messages.filter((message) => message.ruleId === 'missing-file') ?? [];
    expect(
      missing.map((message) => `${message.line ?? 0}:${message.column ?? 0} ${message.reason}`),
    ).toEqual([
      `3:5 Cannot find \`plans/auth.md\`; it was moved to \`docs/archive/2025-12/auth.md\` (renamed in ${commit}, 2025-12-09)`,
    ]);
    expect(missing[0]?.fix).toEqual([{ start: 25, end: 38, text: 'archive/2025-12/auth.md' }]);
  });

  it('reads renames relative to the content root, following later moves', async () => {
    repo = mkdtempSync(path.join(tmpdir(), 'statusdocs-links-'));
    const content = path.join(repo, 'docs');
    mkdirSync(path.join(content, 'archive'), { recursive: true });
    writeFileSync(path.join(content, 'x.md'), '# X\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    git('mv', 'docs/x.md', 'docs/archive/x.md');
    git('commit', '-q', '-m', 'two');
    const first = git('rev-parse', '--short', 'HEAD').trim();
    git('mv', 'docs/archive/x.md', 'docs/archive/x-2025.md');
    git('commit', '-q', '-m', 'three');
    const facts = await readFacts(content);
    expect(facts.renames?.get('x.md')).toEqual({
      to: 'archive/x-2025.md',
      commit: first,
      date: '2025-12-09',
    });
    expect([...(facts.files ?? [])]).toEqual(['archive/x-2025.md']);
  });

  it('reads no renames outside a git repository, without failing', async () => {
    repo = mkdtempSync(path.join(tmpdir(), 'statusdocs-nogit-'));
    writeFileSync(path.join(repo, 'a.md'), '# A\n');
    const facts = await readFacts(repo);
    expect(facts.renames?.size).toBe(0);
    expect([...(facts.files ?? [])]).toEqual(['a.md']);
  });
});
