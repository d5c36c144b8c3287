import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGitRepo, removeRepo } from '../helpers/git-repo.ts';
import { runCli } from './run-cli.ts';

/** What a terminal acts on: C0 controls but tab and line feed, DEL, C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const ESC = '\u001b';

let dir: string;
let repo: string;

beforeAll(() => {
  // Two docs sharing an id that holds an escape sequence, one with one in its name.
  dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-escapes-'));
  writeFileSync(path.join(dir, 'a.md'), `---\nid: "x\\e[31mred"\ntitle: A\n---\n# A\n`);
  writeFileSync(path.join(dir, `b${ESC}[2J.md`), `---\nid: "x\\e[31mred"\ntitle: B\n---\n# B\n`);
  repo = makeGitRepo([
    {
      date: '2025-01-06T09:00:00+00:00',
      author: `Mal\u0007lory ${ESC}[31m Red`,
      message: 'Add status',
      write: { 'content/STATUS.md': `# Status ${ESC}[2J\n\nCoverage: 40%\n` },
    },
  ]);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeRepo(repo);
});

describe('control characters from docs and git (issue 20, item 10)', () => {
  it('are shown escaped by check in text and github output, exact in JSON', () => {
    for (const format of ['text', 'github']) {
      const run = runCli(['check', '.', '--format', format], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(CONTROL);
      expect(run.stdout).toContain('Id `x\\x1B[31mred` is also used by `b\\x1B[2J.md`');
    }
    const json = runCli(['check', '.', '--format', 'json'], { cwd: dir });
    expect(json.stdout).toContain('Id `x\\u001b[31mred` is also used by `b\\u001b[2J.md`');
  });

  it('are shown escaped by history and show', () => {
    const history = runCli(['history', 'content/STATUS.md'], { cwd: repo });
    expect(history.code).toBe(0);
    expect(history.stdout).not.toMatch(CONTROL);
    expect(history.stdout).toContain('Status \\x1B[2J (STATUS.md)');
    expect(history.stdout).toContain('Mal\\x07lory \\x1B[31m Red');
    const show = runCli(['show', 'content/STATUS.md'], { cwd: repo });
    expect(show.stdout).not.toMatch(CONTROL);
    expect(show.stdout).toContain('Status \\x1B[2J');
  });
});
