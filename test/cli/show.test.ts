import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

interface ShownDoc {
  id: string;
  title: string | null;
  kind: string;
  status: string | null;
  statusText: string | null;
  date: string | null;
  updated: string | null;
  metrics: { completion?: number };
  relations: { type: string; target: string }[];
  sources: Record<string, { from: string; line?: number; column?: number }>;
}

function show(file: string): ShownDoc {
  const run = runCli(['show', file, '--format', 'json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as ShownDoc;
}

describe('statusdocs show', () => {
  it('reads seed 001: header date, ✅ Complete as done, completion, plan relation', () => {
    const doc = show('seeds/001_2f4d7447909a069d.md');
    expect(doc.date).toBe('2025-12-12');
    expect(doc.status).toBe('done');
    expect(doc.statusText).toBe('✅ Complete');
    expect(doc.metrics.completion).toBe(100);
    expect(doc.relations).toContainEqual({
      type: 'plan',
      target: 'ResonaAI/Plans/Active/00-Platform-Completion-Plan.md',
    });
    expect(doc.sources.date).toEqual({ from: 'header', line: 3, column: 11 });
    expect(doc.sources.status).toEqual({ from: 'header', line: 4, column: 13 });
  });

  it('reads seed 000: title without decoration, Last Updated beats the title date', () => {
    const doc = show('seeds/000_833aac18af8bc3d3.md');
    expect(doc.title).toBe('Backend Development Status');
    expect(doc.updated).toBe('2025-12-15');
    expect(doc.sources.updated?.from).toBe('header');
  });

  it('reads seed 003: no date, and missing-date says so', () => {
    const doc = show('seeds/003_bda831af887fcddd.md');
    expect(doc.date).toBeNull();
    const text = runCli([
      'show',
      'seeds/003_bda831af887fcddd.md',
      '--config',
      'missing-date-on.config.json',
    ]);
    expect(text.stdout).toContain('missing-date');
  });

  it('prints each field with where it came from', () => {
    const run = runCli(['show', 'seeds/001_2f4d7447909a069d.md']);
    expect(run.stdout).toMatch(/date\s+2025-12-12\s+from header 3:11/);
    expect(run.stdout).toMatch(/status\s+done \(✅ Complete\)\s+from header 4:13/);
  });

  it('exits 2 when the file does not exist', () => {
    const run = runCli(['show', 'nope.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('statusdocs: Cannot read `nope.md`. Check the path.\n');
  });
});

describe('statusdocs schema, --help, --version', () => {
  it('prints a JSON Schema of the frontmatter', () => {
    const run = runCli(['schema']);
    const schema = JSON.parse(run.stdout) as {
      $schema: string;
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toContain('metrics');
  });

  it('prints help and version everywhere', () => {
    expect(runCli(['--help']).stdout).toContain('Usage: statusdocs <command>');
    expect(runCli(['check', '--help']).stdout).toContain('Usage: statusdocs check');
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(runCli(['show', '--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const unknown = runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command `frobnicate`');
  });
});
