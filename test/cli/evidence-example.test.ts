import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGitRepo, removeRepo } from '../helpers/git-repo.ts';
import { FIXTURES, runCli } from './run-cli.ts';

// The worked example of README.md and docs/rules.md, end to end: a Python
// project whose artifacts pytest and coverage.py wrote
// (scripts/make-python-evidence-fixture.mjs: 45 passed, 5 failed; 60.0% of
// lines, `src/auth.py` 12 of its 40), a status doc that contradicts them
// and one that matches them.
const fixture = path.join(FIXTURES, 'evidence-python');
const read = (name: string): string => readFileSync(path.join(fixture, name), 'utf8');
const junitDate = /timestamp="(\d{4}-\d{2}-\d{2})/.exec(read('reports/junit.xml'))?.[1];
const today = new Date().toISOString().slice(0, 10);
const EVIDENCE = ['--evidence', 'reports/junit.xml', '--evidence', 'coverage/lcov.info'];

/** A repository: the code, then a status doc on 2026-03-01, then the CI artifacts (not committed). */
function project(status: string): string {
  const repo = makeGitRepo([
    {
      date: '2026-01-05T10:00:00Z',
      author: 'Ann',
      message: 'code',
      write: Object.fromEntries(
        ['src/auth.py', 'src/cart.py', 'tests/test_app.py'].map((name) => [name, read(name)]),
      ),
    },
    {
      date: '2026-03-01T10:00:00Z',
      author: 'Ann',
      message: 'status',
      write: { 'docs/status/STATUS.md': read(status) },
    },
  ]);
  cpSync(path.join(fixture, 'reports'), path.join(repo, 'reports'), { recursive: true });
  cpSync(path.join(fixture, 'coverage'), path.join(repo, 'coverage'), { recursive: true });
  return repo;
}

let contradicted: string;
let matching: string;
beforeAll(() => {
  contradicted = project('docs/status/STATUS.md');
  matching = project('matching/STATUS.md');
});
afterAll(() => {
  removeRepo(contradicted);
  removeRepo(matching);
});

describe('evidence: the worked example', () => {
  it('reports each contradicted claim at its value', () => {
    const run = runCli(['check', 'docs', '--no-cache', ...EVIDENCE], { cwd: contradicted });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 6)).toEqual([
      'docs/status/STATUS.md',
      `   5:14  error    metric-evidence  Tests \`50/50 passing\` contradicts reports/junit.xml (45 passed, 5 failed, run ${junitDate}); update the doc`,
      `   6:17  error    metric-evidence  Coverage \`85%\` contradicts coverage/lcov.info (60.0% of lines, run ${today}); update the doc`,
      '  10:12  error    missing-file     Cannot find `src/missing_module.py`; fix the path or remove the reference',
      '   8:11  warning  file-claim       `src/auth.py` has 40 lines, not ~180; update the doc',
      '   9:36  warning  file-claim       `src/auth.py` ends at line 40; lines 167-217 do not exist; update the doc',
    ]);
  });

  it('stays quiet on a doc whose claims match the artifacts and the code', () => {
    const run = runCli(['check', 'docs', '--no-cache', '--verbose', ...EVIDENCE], {
      cwd: matching,
    });
    expect(run.stdout).toBe('✔ No problems in 1 doc\n');
    expect(run.code).toBe(0);
  });

  it('shows the verified marker with the artifact on the site built with --evidence', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'statusdocs-evidence-site-'));
    try {
      const out = path.join(work, 'site');
      const run = runCli(['build', 'docs', '--out', out, ...EVIDENCE], {
        cwd: matching,
        env: { STATUSDOCS_CACHE_DIR: path.join(work, 'cache') },
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const page = readFileSync(path.join(out, 'docs/status/status/index.html'), 'utf8');
      expect(page).toMatch(
        new RegExp(
          `data-evidence="verified"[^]*Verified against reports/junit\\.xml, run ${junitDate}`,
        ),
      );
      expect(page).toContain(`Verified against coverage/lcov.info, run ${today}`);
      const dashboard = readFileSync(path.join(out, 'index.html'), 'utf8');
      expect(dashboard.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toMatch(
        /Metrics against CI artifacts: \d+ verified, 0 contradicted/,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
