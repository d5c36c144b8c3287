import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/core/check/check-project.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { verifyMetrics } from '../../../src/core/evidence/verify-metrics.ts';
import { runCli } from '../../cli/run-cli.ts';
import { makeGitRepo, removeRepo } from '../../helpers/git-repo.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/evidence-artifacts/${name}`, import.meta.url), 'utf8');

const report = (date: string, coverage: string): string =>
  `# Sprint report\n\n**Date**: ${date}\n\n- **Coverage**: ${coverage}\n`;

let repo: string;

// A project that commits its LCOV (74.1% of lines, no timestamp inside, so
// each version is dated by its commit), and reports of several sprints.
beforeAll(() => {
  repo = makeGitRepo([
    {
      date: '2025-11-01T18:00:00Z',
      author: 'Ann',
      message: 'coverage run',
      write: { 'coverage/lcov.info': fixture('lcov.info') },
    },
    {
      date: '2025-11-02T10:00:00Z',
      author: 'Ann',
      message: 'sprint 1 report',
      write: { 'docs/reports/2025-11-02-sprint.md': report('2025-11-02', '40%') },
    },
    {
      date: '2025-11-20T10:00:00Z',
      author: 'Ann',
      message: 'sprint 2 report',
      write: { 'docs/reports/2025-11-20-sprint.md': report('2025-11-20', '10%') },
    },
    {
      date: '2026-03-01T10:00:00Z',
      author: 'Ann',
      message: 'sprint 3 report',
      write: { 'docs/reports/2026-03-01-sprint.md': report('2026-03-01', '74%') },
    },
  ]);
});
afterAll(() => {
  removeRepo(repo);
});

function findings(): string[] {
  const run = runCli(['check', 'docs', '--no-cache', '--format', 'json'], { cwd: repo });
  const result = JSON.parse(run.stdout) as {
    files: { path: string; messages: { ruleId: string; line: number; message: string }[] }[];
  };
  return result.files.flatMap((file) =>
    file.messages
      .filter((m) => m.ruleId === 'metric-evidence')
      .map((m) => `${file.path}:${m.line} ${m.message}`),
  );
}

describe('metric-evidence on earlier reports', () => {
  it('holds an earlier report against the run git kept from its own time, and no other', () => {
    expect(findings()).toEqual([
      'docs/reports/2025-11-02-sprint.md:5 Coverage `40%` contradicts coverage/lcov.info (74.1% of lines, run 2025-11-01); update the doc',
    ]);
  });

  it('gives each report its verdict for the site: contradicted, unverifiable, verified', async () => {
    const { result, facts } = await checkProject(
      path.join(repo, 'docs'),
      configSchema.parse({}),
      '2026-12-06',
      { evidence: { cwd: repo } },
    );
    const verdicts = facts.evidence ? verifyMetrics(result.files, facts.evidence) : [];
    expect(verdicts.map((v) => `${v.path} ${v.state} ${v.artifact?.date ?? '-'}`).sort()).toEqual([
      'reports/2025-11-02-sprint.md contradicted 2025-11-01',
      'reports/2025-11-20-sprint.md unverifiable -',
      `reports/2026-03-01-sprint.md verified ${new Date().toISOString().slice(0, 10)}`,
    ]);
  });
});
