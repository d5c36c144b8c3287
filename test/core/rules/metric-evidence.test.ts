import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.ts';
import { makeGitRepo } from '../../helpers/git-repo.ts';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
let repo: string;

// A project with real artifacts (Node's test runner: 6 passed, 2 failed,
// 1 skipped; LCOV: src/auth.js 9/16 lines, src/cart.js 11/11, 74.1% in all)
// and docs whose metric claims contradict or match them.
beforeAll(() => {
  repo = makeGitRepo([{ date: '2026-03-01T12:00:00Z', author: 'Ann', message: 'start' }]);
  cpSync(path.join(fixtures, 'evidence-repo'), repo, { recursive: true });
  cpSync(path.join(fixtures, 'evidence-artifacts/project/src'), path.join(repo, 'src'), {
    recursive: true,
  });
  mkdirSync(path.join(repo, 'reports'));
  mkdirSync(path.join(repo, 'coverage'));
  cpSync(
    path.join(fixtures, 'evidence-artifacts/node-junit.xml'),
    path.join(repo, 'reports/junit.xml'),
  );
  cpSync(
    path.join(fixtures, 'evidence-artifacts/lcov.info'),
    path.join(repo, 'coverage/lcov.info'),
  );
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

const check = (...args: string[]) =>
  runCli(['check', 'docs', '--no-cache', '--format', 'json', ...args], { cwd: repo });

function findings(stdout: string): string[] {
  const result = JSON.parse(stdout) as {
    files: {
      path: string;
      messages: { ruleId: string; line: number; column: number; message: string }[];
    }[];
  };
  return result.files.flatMap((file) =>
    file.messages
      .filter((m) => m.ruleId === 'metric-evidence')
      .map((m) => `${file.path}:${m.line}:${m.column} ${m.message}`),
  );
}

describe('metric-evidence', () => {
  it("reports the current tracker's claims that the artifacts contradict, at their place", () => {
    const run = check('--evidence', 'reports/junit.xml', '--evidence', 'coverage/lcov.info');
    expect(run.stderr).toBe('');
    const date = new Date().toISOString().slice(0, 10);
    expect(findings(run.stdout)).toEqual([
      `docs/STATUS.md:8:14 Tests \`9/9 passing\` contradicts reports/junit.xml (6 passed, 2 failed, 1 skipped, run ${date}); update the doc`,
      `docs/STATUS.md:9:17 Coverage \`85%\` contradicts coverage/lcov.info (74.1% of lines, run ${date}); update the doc`,
      `docs/STATUS.md:10:27 Coverage of \`src/auth.js\` \`90%\` contradicts coverage/lcov.info (56.3% of its lines, run ${date}); update the doc`,
    ]);
  });

  it('finds the artifacts in their common locations without --evidence', () => {
    const run = check();
    // reports/junit.xml is not a common location; coverage/lcov.info is.
    expect(findings(run.stdout).map((f) => f.split(' ')[0])).toEqual([
      'docs/STATUS.md:9:17',
      'docs/STATUS.md:10:27',
    ]);
  });

  it('reports an unreadable artifact on stderr and checks with the others', () => {
    const run = check('--evidence', 'docs/STATUS.md', '--evidence', 'coverage/lcov.info');
    expect(run.stderr).toMatch(
      /^statusdocs: docs\/STATUS\.md:1:1: Evidence file `docs\/STATUS\.md` is not a format statusdocs reads/,
    );
    expect(findings(run.stdout)).toHaveLength(2);
  });
});
