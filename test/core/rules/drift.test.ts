import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.ts';
import { makeGitRepo, type ScriptedCommit } from '../../helpers/git-repo.ts';

let repo: string;

const change = (day: number, file: string): ScriptedCommit => ({
  date: `2026-02-${String(day).padStart(2, '0')}T10:00:00Z`,
  author: 'Ann',
  message: `change ${file}`,
  write: { [file]: `# version ${String(day)}\n` },
});

// A living tracker and a dated report that mention two code files; one file
// changes three times after the docs, the other once.
beforeAll(() => {
  repo = makeGitRepo([
    {
      date: '2026-02-01T10:00:00Z',
      author: 'Ann',
      message: 'docs and code',
      write: {
        'src/api.py': 'a\n',
        'src/db.py': 'b\n',
        'docs/STATUS.md':
          '# Backend status\n\n**Status**: 🟡 In progress\n\nThe API lives in `src/api.py`; storage in [db](../src/db.py).\n',
        'docs/reports/2026-02-01-report.md':
          '# Report\n\n**Date**: 2026-02-01\n\nTouched `src/api.py`.\n',
      },
    },
    change(2, 'src/api.py'),
    change(3, 'src/api.py'),
    change(4, 'src/db.py'),
    change(5, 'src/api.py'),
  ]);
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

function findings(): string[] {
  const run = runCli(['check', 'docs', '--no-cache', '--format', 'json'], { cwd: repo });
  const result = JSON.parse(run.stdout) as {
    files: {
      path: string;
      messages: { ruleId: string; line: number; column: number; message: string }[];
    }[];
  };
  return result.files.flatMap((file) =>
    file.messages
      .filter((m) => m.ruleId === 'drift')
      .map((m) => `${file.path}:${String(m.line)}:${String(m.column)} ${m.message}`),
  );
}

describe('drift', () => {
  it('is quiet without a threshold', () => {
    expect(findings()).toEqual([]);
  });

  it('reports code a living status doc references that changed in more commits than allowed', () => {
    writeFileSync(
      path.join(repo, 'statusdocs.config.json'),
      JSON.stringify({ drift: { commits: 2 } }),
    );
    expect(findings()).toEqual([
      'docs/STATUS.md:5:18 `src/api.py` changed in 3 commits since this doc was last updated (2026-02-01); check that what the doc says about it still holds',
    ]);
  });
});
