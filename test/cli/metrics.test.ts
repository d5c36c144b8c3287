import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const repo = mkdtempSync(path.join(tmpdir(), 'statusdocs-metrics-'));
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});
writeFileSync(
  path.join(repo, 'api.md'),
  [
    '---',
    'title: API, "v2"',
    'date: 2026-11-01',
    'metrics:',
    '  completion: 80',
    '  tests: { passed: 95, failed: 3, total: 98 }',
    '  latency: { value: 120, unit: ms, target: 100 }',
    '---',
    '',
    '# API',
    '',
  ].join('\n'),
);
writeFileSync(path.join(repo, 'notes.md'), '# Notes\n\nNothing measured.\n');

describe('statusdocs metrics', () => {
  it('prints every metric with its source as CSV', () => {
    const run = runCli(['metrics', '.'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')).toEqual([
      'path,id,metric,value,unit,from,line',
      'api.md,api.md,completion,80,%,frontmatter,5',
      'api.md,api.md,tests.passed,95,,frontmatter,6',
      'api.md,api.md,tests.failed,3,,frontmatter,6',
      'api.md,api.md,tests.total,98,,frontmatter,6',
      'api.md,api.md,latency,120,ms,frontmatter,',
      'api.md,api.md,latency.target,100,ms,frontmatter,',
      '',
    ]);
  });

  it('prints JSON, and refuses an unknown format', () => {
    const run = runCli(['metrics', 'api.md', '--format', 'json'], { cwd: repo });
    const output = JSON.parse(run.stdout) as { version: number; metrics: { metric: string }[] };
    expect(output.version).toBe(1);
    expect(output.metrics.map((row) => row.metric)).toHaveLength(6);
    const bad = runCli(['metrics', '.', '--format', 'xlsx'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('statusdocs: Unknown format `xlsx`. Use one of: csv, json.\n');
  });
});
