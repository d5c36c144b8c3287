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

describe('statusdocs history', () => {
  it('prints the revisions of a doc, newest first, with what changed', () => {
    const run = runCli(['history', 'content/STATUS.md'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const rows = run.stdout.split('\n');
    expect(rows.slice(0, 3)).toEqual([
      'API Status (STATUS.md)',
      '4 revisions, created 2025-01-06',
      '',
    ]);
    expect(rows.slice(3).map((row) => row.replace(/ {2}[0-9a-f]{7} {2}/, '  <id>  '))).toEqual([
      '2025-03-20  <id>  Bob    STATUS.md  status active → done; coverage 55% → 61% (+6); tasks 3/4 → 4/4 (+1); 1 task completed',
      '2025-03-05  <id>  Alice  STATUS.md  coverage 42% → 55% (+13); tasks 2/4 → 3/4 (+1); 1 task completed',
      '2025-01-20  <id>  Bob    STATUS.md  coverage 40% → 42% (+2); tasks 1/4 → 2/4 (+1); 1 task completed',
      '2025-01-06  <id>  Alice  STATUS.md  created',
      '',
    ]);
  });

  it('follows a doc by an old path, as JSON', () => {
    const run = runCli(['history', 'content/plans/auth-plan.md', '--format', 'json'], {
      cwd: repo,
    });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      key: string;
      paths: string[];
      revisions: { change: string; path: string; deltas: { text: string }[] }[];
      series: { metric: string; points: { value: number }[] }[];
    };
    expect(json.key).toBe('plans/auth.md');
    expect(json.paths).toEqual(['plans/auth-plan.md', 'plans/auth.md']);
    expect(
      json.revisions.map((revision) => [
        revision.change,
        revision.path,
        revision.deltas.map((delta) => delta.text),
      ]),
    ).toEqual([
      ['added', 'plans/auth-plan.md', []],
      ['renamed', 'plans/auth.md', []],
      ['modified', 'plans/auth.md', ['completion 20% → 100% (+80)']],
    ]);
    expect(json.series).toEqual([
      { metric: 'completion', unit: '%', points: expect.any(Array) as unknown },
    ]);
    expect(json.series[0]?.points.map((point) => point.value)).toEqual([20, 20, 100]);
  });

  it('says when a path is no doc', () => {
    const run = runCli(['history', 'content/nothing.md'], { cwd: repo });
    expect([run.code, run.stderr]).toEqual([
      2,
      'statusdocs: `content/nothing.md` is not a doc, now or in history. Check the path; it is relative to the current folder.\n',
    ]);
  });
});
