import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './run-cli.ts';

const FOLDING = 'cli-report-folding';
const scratch = mkdtempSync(path.join(tmpdir(), 'statusdocs-check-output-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('statusdocs check output', () => {
  it('folds repeats, leads with contradictions and ends with the fixable count', () => {
    const run = runCli(['check', FOLDING, '--no-cache']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'cli-report-folding/reports/week-44.md',
        '  9:48  error  missing-file  Cannot find `log.md`; fix the path or remove the reference',
        '',
        'cli-report-folding/status.md',
        '  17:1   error    metric-sum       Passed `12` + failed `3` = 15 exceeds total `14`; correct the counts or the total',
        '   9:10  error    missing-file ×5  Cannot find `plan.md`; fix the path or remove the reference; also at 9:27, 9:50, 9:69 and 1 more',
        '  19:7   warning  mojibake         UTF-8 read as Windows-1252: 2 places, all repairable (`âœ…` → `✅`, …); run `statusdocs fix --write`',
        '',
        '✖ 8 problems (7 errors, 1 warning, 0 infos) in 2 files',
        '1 finding can be repaired by `statusdocs fix --write`',
        '',
      ].join('\n'),
    );
    const verbose = runCli(['check', FOLDING, '--no-cache', '--no-fold']);
    expect(verbose.stdout.split('\n').filter((line) => line.includes('missing-file'))).toHaveLength(
      6,
    );
  });

  it('prints one compact line per finding, errors only with -q', () => {
    const run = runCli(['check', FOLDING, '--no-cache', '--format', 'compact', '-q']);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'cli-report-folding/reports/week-44.md:9:48: error Cannot find `log.md`; fix the path or remove the reference [missing-file]',
      'cli-report-folding/status.md:9:10: error Cannot find `plan.md`; fix the path or remove the reference [missing-file]',
      'cli-report-folding/status.md:9:27: error Cannot find `runbook.md`; fix the path or remove the reference [missing-file]',
    ]);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(7);
  });

  it('takes several files, folders and globs, and judges links across their root', () => {
    const files = runCli([
      'check',
      `${FOLDING}/reports/week-44.md`,
      `${FOLDING}/status.md`,
      '--format',
      'compact',
    ]);
    expect(files.stdout.trimEnd().split('\n')).toHaveLength(8);
    const glob = runCli(['check', `${FOLDING}/**/week-*.md`, '--format', 'compact']);
    expect(glob.stdout).toBe(
      'cli-report-folding/reports/week-44.md:9:48: error Cannot find `log.md`; fix the path or remove the reference [missing-file]\n',
    );
    const none = runCli(['check', `${FOLDING}/**/nothing-*.md`]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No status doc matches `cli-report-folding/**/nothing-*.md`');
    const missing = runCli(['check', `${FOLDING}/gone.md`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot find `cli-report-folding/gone.md`');
  });

  it('suggests the option or command meant, in one line', () => {
    const option = runCli(['check', FOLDING, '--fromat', 'json']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      'statusdocs: Unknown option `--fromat`; did you mean `--format`? Run `statusdocs check --help`.\n',
    );
    const command = runCli(['chek', FOLDING]);
    expect(command.stderr).toBe(
      'statusdocs: Unknown command `chek`; did you mean `check`? Run `statusdocs --help` for the commands.\n',
    );
    const value = runCli(['check', FOLDING, '--format']);
    expect(value.stderr).toBe(
      'statusdocs: Option `--format` needs a value. Run `statusdocs check --help`.\n',
    );
  });

  it('prints help for schema --help', () => {
    const run = runCli(['schema', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: statusdocs schema\n/);
  });

  // The seeds' JSON (about 200 KB) outgrows the pipe's buffer, so the write fails with EPIPE.
  it('ends quietly when the reader closes the pipe', () => {
    const bin = path.join(FIXTURES, '../../bin/statusdocs.mjs');
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" check seeds --format json | head -c 10`],
      { cwd: FIXTURES, encoding: 'utf8' },
    );
    expect(result.stdout).toBe('{\n  "versi');
    expect(result.stderr).toBe('');
  });

  it('writes a GitHub job summary and puts contradictions first among the annotations', () => {
    const summary = path.join(scratch, 'summary.md');
    writeFileSync(summary, '');
    const run = runCli(['check', FOLDING, '--no-cache', '--format', 'github'], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    const titles = run.stdout.split('\n').map((line) => /title=([a-z-]+)/.exec(line)?.[1]);
    expect(titles.slice(0, 4)).toEqual(['metric-sum', 'missing-file', 'missing-file', 'mojibake']);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('## statusdocs: 7 errors, 1 warning, 0 infos in 2 files\n');
    expect(markdown).toContain('- `metric-sum` (error): 1\n');
    expect(markdown).toContain('- 9:10 error `missing-file` ×5: Cannot find `plan.md`');
  });

  it('fails only on findings missing from the baseline, after edits above them', () => {
    const docs = path.join(scratch, 'docs');
    cpSync(path.join(FIXTURES, FOLDING), docs, { recursive: true });
    const baseline = path.join(scratch, 'baseline.json');
    const options = { cwd: scratch };
    const write = runCli(['check', 'docs', '--write-baseline', baseline], options);
    expect(write.code).toBe(0);
    expect(write.stdout).toBe(`Recorded 8 findings in \`${baseline}\`\n`);
    const same = runCli(['check', 'docs', '--baseline', baseline, '--no-cache'], options);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe('✔ No problems in 2 docs\n8 findings suppressed by the baseline\n');
    const status = path.join(docs, 'status.md');
    const text = readFileSync(status, 'utf8').replace(
      '# Widget service status\n',
      '# Widget service status\n\nIntro.\n\n| Suite | Passed | Failed | Total |\n| --- | --- | --- | --- |\n| e2e | 5 | 1 | 5 |\n',
    );
    writeFileSync(status, text);
    const after = runCli(['check', 'docs', '--baseline', baseline, '--no-cache'], options);
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('metric-sum  Passed `5` + failed `1` = 6 exceeds total `5`');
    expect(after.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file\n');
  });
});
