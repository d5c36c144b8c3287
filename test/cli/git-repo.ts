import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES } from './run-cli.ts';

/** Run git in `cwd` with a fixed author and date, so commits are reproducible. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
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

/** A temporary folder (outside any repository) holding a copy of a fixture folder, writable. */
export function copyFixture(name: string, into = 'docs'): { dir: string; content: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-cli-'));
  const content = path.join(dir, into);
  cpSync(path.join(FIXTURES, name), content, { recursive: true, mode: 0 });
  makeWritable(content);
  return { dir, content };
}

function makeWritable(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) chmodSync(path.join(entry.parentPath, entry.name), 0o644);
  }
}
