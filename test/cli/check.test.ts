import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('statusdocs check', () => {
  it('reports errors and warnings at line:column, infos in one line, and exits 1 on errors', () => {
    const run = runCli(['check', 'cli-mixed-problems', '--config', 'missing-date-on.config.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'cli-mixed-problems/reports/bad-yaml.md',
        '  6:5  error  yaml-syntax  Invalid YAML in frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]',
        '',
        'cli-mixed-problems/reports/wrong-type.md',
        '  6:5  error  frontmatter-schema  Frontmatter `metrics.tests.passed` must be a number, not the text `thirty`',
        '',
        'cli-mixed-problems/undated-notes.md',
        '  1:1  warning  missing-date  Doc has no date; add frontmatter `date: YYYY-MM-DD`, a `**Date**: YYYY-MM-DD` line, or a date in the file name',
        '',
        '✖ 3 problems (2 errors, 1 warning, 0 infos) in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('folds infos into a count, and lists them too with --verbose', () => {
    // orphan (info) is opt-in: this config turns it on.
    const folded = runCli(['check', 'cli-mixed-problems', '--config', 'orphan-on.config.json']);
    expect(folded.stdout).toContain('1 info not shown (orphan); `--verbose` lists them');
    const run = runCli([
      'check',
      'cli-mixed-problems',
      '--config',
      'orphan-on.config.json',
      '--verbose',
    ]);
    expect(run.stdout).toContain(
      '  1:1  info     orphan        No other doc links to `undated-notes.md`; link it from a status doc or plan, or archive it\n',
    );
    expect(run.stdout).not.toContain('not shown');
  });

  it('exits 0 on a clean folder', () => {
    const run = runCli(['check', 'cli-clean']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No problems');
  });

  it('prints the JSON contract', () => {
    const run = runCli([
      'check',
      'cli-mixed-problems',
      '--config',
      'missing-date-on.config.json',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as {
      version: number;
      summary: Record<string, number>;
      files: { path: string; doc: Record<string, unknown>; messages: Record<string, unknown>[] }[];
    };
    expect(output.version).toBe(1);
    expect(output.summary).toEqual({ files: 3, errors: 2, warnings: 1, infos: 0 });
    expect(output.files.map((file) => file.path)).toEqual([
      'cli-mixed-problems/reports/bad-yaml.md',
      'cli-mixed-problems/reports/wrong-type.md',
      'cli-mixed-problems/undated-notes.md',
    ]);
    expect(Object.keys(output.files[1]?.doc ?? {})).toEqual([
      'id',
      'title',
      'kind',
      'status',
      'date',
      'updated',
      'metrics',
      'relations',
    ]);
    expect(output.files[1]?.messages[0]).toEqual({
      ruleId: 'frontmatter-schema',
      severity: 'error',
      message: 'Frontmatter `metrics.tests.passed` must be a number, not the text `thirty`',
      line: 6,
      column: 5,
      endLine: 6,
      endColumn: 11,
      url: 'https://github.com/statusdocs/statusdocs/blob/main/docs/rules.md#frontmatter-schema',
      fixable: false,
    });
  });

  it('prints GitHub workflow annotations', () => {
    const run = runCli([
      'check',
      'cli-mixed-problems',
      '--config',
      'missing-date-on.config.json',
      '--format',
      'github',
    ]);
    expect(run.stdout.split('\n')).toContain(
      '::error file=cli-mixed-problems/reports/wrong-type.md,line=6,col=5,endLine=6,endColumn=11,title=frontmatter-schema::Frontmatter `metrics.tests.passed` must be a number, not the text `thirty`',
    );
  });

  it('prints SARIF 2.1.0', () => {
    const run = runCli([
      'check',
      'cli-mixed-problems',
      '--config',
      'missing-date-on.config.json',
      '--format',
      'sarif',
    ]);
    const sarif = JSON.parse(run.stdout) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(3);
  });

  it('fails on warnings over --max-warnings, and --quiet shows errors only', () => {
    expect(
      runCli([
        'check',
        'cli-mixed-problems',
        '--config',
        'missing-date-on.config.json',
        '--max-warnings',
        '0',
      ]).code,
    ).toBe(1);
    const quiet = runCli([
      'check',
      'cli-mixed-problems',
      '--config',
      'missing-date-on.config.json',
      '--quiet',
    ]);
    expect(quiet.stdout).not.toContain('warning');
  });

  it('colors only when asked and never with NO_COLOR', () => {
    const plain = runCli(
      ['check', 'cli-mixed-problems', '--config', 'missing-date-on.config.json'],
      {
        env: { NO_COLOR: '1', FORCE_COLOR: '1' },
      },
    );
    expect(plain.stdout).not.toContain('\u001b[');
    const colored = runCli(
      ['check', 'cli-mixed-problems', '--config', 'missing-date-on.config.json'],
      { env: { FORCE_COLOR: '1' } },
    );
    expect(colored.stdout).toContain('\u001b[');
  });

  it('exits 2 with a reason and a fix on usage errors', () => {
    const format = runCli(['check', 'cli-clean', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe(
      'statusdocs: Unknown format `xml`. Use one of: text, compact, json, github, sarif.\n',
    );
    const missing = runCli(['check', 'no-such-dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^statusdocs: Cannot find `no-such-dir`\. Pass docs, folders/);
    const option = runCli(['check', '--bogus']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      'statusdocs: Unknown option `--bogus`. Run `statusdocs check --help`.\n',
    );
  });
});
