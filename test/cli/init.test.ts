import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { loadConfig } from '../../src/core/config/load-config.ts';
import { runCli } from './run-cli.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('statusdocs init', () => {
  it('writes a config that loads and a workflow that runs check for GitHub', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-init-'));
    const run = runCli(['init', '--content', 'docs/status'], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      stdout: 'Created statusdocs.config.mjs\nCreated .github/workflows/statusdocs.yml\n',
      stderr: '',
    });
    const { config, file } = await loadConfig(dir);
    expect(file).toBe(path.join(dir, 'statusdocs.config.mjs'));
    expect(config).toEqual(configSchema.parse({ content: 'docs/status' }));
    const workflow = parse(
      readFileSync(path.join(dir, '.github/workflows/statusdocs.yml'), 'utf8'),
    ) as { jobs: { check: { steps: { run?: string }[] } } };
    expect(workflow.jobs.check.steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm ci',
      'npx statusdocs check --format github',
    ]);
  });

  it('refuses to overwrite existing files', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-init-'));
    runCli(['init'], { cwd: dir });
    const config = readFileSync(path.join(dir, 'statusdocs.config.mjs'));
    expect(runCli(['init', '--content', 'other'], { cwd: dir })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'statusdocs: Kept `statusdocs.config.mjs`: it already exists; delete it to write it anew.\n' +
        'statusdocs: Kept `.github/workflows/statusdocs.yml`: it already exists; delete it to write it anew.\n',
    });
    expect(readFileSync(path.join(dir, 'statusdocs.config.mjs'))).toEqual(config);
  });
});
