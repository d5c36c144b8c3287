import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.ts';
import { makeGitRepo } from '../../helpers/git-repo.ts';

const lines = (count: number) =>
  Array.from({ length: count }, (_, i) => `line ${String(i + 1)}`).join('\n') + '\n';

let repo: string;

// Code files with a history, and dated docs whose file claims contradict or
// match the files as they were on the doc's date.
beforeAll(() => {
  repo = makeGitRepo([
    {
      date: '2026-01-05T10:00:00Z',
      author: 'Ann',
      message: 'auth and old helpers',
      write: { 'src/auth.py': lines(40), 'src/helpers.py': lines(30), 'main.py': lines(120) },
    },
    {
      date: '2026-03-01T10:00:00Z',
      author: 'Ann',
      message: 'session report',
      write: {
        'tests/conftest.py': lines(25),
        'docs/2026-03-01-session.md': [
          '# Session report',
          '',
          '**Date**: 2026-03-01',
          '',
          '- Updated `src/auth.py` (~180 lines)',
          '- Login endpoint: lines 167-217 in `main.py`',
          '- Created `src/helpers.py` for the shared code',
          '- Created `tests/conftest.py`',
          '- Token check at `src/auth.py:38`',
          '- `main.py` (120 lines) and `tests/conftest.py` (new)',
          '- Handler at `main.py:300`',
          '',
        ].join('\n'),
      },
    },
    {
      date: '2026-04-01T10:00:00Z',
      author: 'Ann',
      message: 'auth grows',
      write: { 'src/auth.py': lines(400) },
    },
  ]);
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

function findings(config: string[], cache = false): string[] {
  const args = cache ? [] : ['--no-cache'];
  const run = runCli(['check', 'docs', ...args, '--format', 'json', ...config], {
    cwd: repo,
  });
  const result = JSON.parse(run.stdout) as {
    files: {
      path: string;
      messages: { ruleId: string; line: number; column: number; message: string }[];
    }[];
  };
  return result.files.flatMap((file) =>
    file.messages
      .filter((m) => m.ruleId === 'file-claim')
      .map((m) => `${String(m.line)}:${String(m.column)} ${m.message}`),
  );
}

describe('file-claim', () => {
  it('checks nothing outside a git repository', () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'statusdocs-no-git-'));
    try {
      mkdirSync(path.join(plain, 'docs'));
      mkdirSync(path.join(plain, 'src'));
      writeFileSync(path.join(plain, 'src/auth.py'), lines(40));
      writeFileSync(path.join(plain, 'docs/report.md'), '# R\n\n- `../src/auth.py` (~180 lines)\n');
      const run = runCli(['check', 'docs', '--no-cache', '--format', 'json'], { cwd: plain });
      expect(run.stdout).not.toContain('file-claim');
      expect(run.stdout).toContain('"path": "docs/report.md"');
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it("reports claims git contradicts as of the doc's date, and only those", () => {
    writeFileSync(`${repo}/statusdocs.config.json`, JSON.stringify({ content: 'docs' }));
    expect(findings([])).toEqual([
      '5:11 `src/auth.py` had 40 lines on 2026-03-01, not ~180; update the doc',
      '6:36 `main.py` ends at line 120; lines 167-217 do not exist; update the doc',
      '7:11 `src/helpers.py` existed since 2026-01-05, 55 days before this doc (2026-03-01); `Created` does not hold',
      '11:14 `main.py` ends at line 120; line 300 does not exist; update the doc',
    ]);
  });

  it("reports the same from a warm cache, which keeps each doc's claims", () => {
    const cold = findings([], true);
    expect(cold).toHaveLength(4);
    expect(findings([], true)).toEqual(cold);
  });
});
