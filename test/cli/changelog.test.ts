import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGitRepo, removeRepo } from '../helpers/git-repo.ts';
import { SCRIPTED_HISTORY } from '../core/history/scripted-history.ts';
import { runCli } from './run-cli.ts';

let repo: string;

beforeAll(() => {
  repo = makeGitRepo(SCRIPTED_HISTORY);
});

afterAll(() => {
  removeRepo(repo);
});

describe('statusdocs changelog', () => {
  it('prints the changes between the last two versions as Markdown', () => {
    const run = runCli(['changelog'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      '## v2 - 2025-03-20',
      '',
      '### Added',
      '',
      '- Summary report (`reports/summary.md`)',
    ]);
    expect(run.stdout).toContain(
      '- Week 1 report (`archive/week-1.md`): archived from `reports/week-1.md`; superseded by `reports/summary.md`\n',
    );
  });

  it('takes --from and --to as versions or git revisions, and prints JSON', () => {
    const run = runCli(['changelog', '--from', 'HEAD~3', '--to', 'v2', '--format', 'json'], {
      cwd: repo,
    });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      releases: { version: string; previous: string; changed: { key: string }[] }[];
    };
    expect(json.releases.map((release) => [release.previous, release.version])).toEqual([
      ['HEAD~3', 'v2'],
    ]);
    expect(json.releases[0]?.changed.map((doc) => doc.key)).toEqual(['STATUS.md', 'plans/auth.md']);
  });

  it('reports an unknown version with the ones there are', () => {
    const run = runCli(['changelog', '--from', 'v9'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('statusdocs: Unknown version `v9`. Use one of: v1, v2.\n');
  });

  it('reports a version with a space as unknown instead of spinning (issue 20, item 7)', () => {
    const run = runCli(['changelog', '--from', 'a b'], { cwd: repo, timeout: 60_000 });
    expect(run.stderr).toBe('statusdocs: Unknown version `a b`. Use one of: v1, v2.\n');
    expect(run.code).toBe(2);
  });

  it('updates CHANGELOG.md with every release, keeping what it does not own', () => {
    const file = path.join(repo, 'CHANGELOG.md');
    writeFileSync(file, '# Changelog\n\nOur own words.\n');
    const first = runCli(['changelog', '--write'], { cwd: repo });
    expect([first.code, first.stdout]).toEqual([0, 'Updated `CHANGELOG.md`.\n']);
    const text = readFileSync(file, 'utf8');
    expect(
      text.startsWith(
        '# Changelog\n\nOur own words.\n\n<!-- statusdocs:changelog:start -->\n\n## v2 - 2025-03-20\n',
      ),
    ).toBe(true);
    expect(text).toContain('\n## v1 - 2025-02-03\n\n### Added\n\n- API Status (`STATUS.md`)\n');
    const again = runCli(['changelog', '--write', 'CHANGELOG.md'], { cwd: repo });
    expect([again.code, again.stdout]).toEqual([0, '`CHANGELOG.md` is up to date.\n']);
  });

  it('refuses JSON with --write', () => {
    const run = runCli(['changelog', '--write', '--format', 'json'], { cwd: repo });
    expect([run.code, run.stderr]).toEqual([
      2,
      'statusdocs: `--write` writes Markdown. Drop `--format json` or `--write`.\n',
    ]);
  });
});
