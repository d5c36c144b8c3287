import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { REPO_ROOT_EXCLUDE } from '../../src/core/config/detect-content-root.ts';
import { loadConfig } from '../../src/core/config/load-config.ts';
import { runCli } from './run-cli.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  jobs: Record<string, { permissions?: Record<string, string>; if?: string; steps: Step[] }>;
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function repo(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-init-'));
  execFileSync('git', ['init', '-q', '-b', 'trunk'], { cwd: dir });
  return dir;
}

function readWorkflow(root: string): Workflow {
  return parse(
    readFileSync(path.join(root, '.github/workflows/statusdocs.yml'), 'utf8'),
  ) as Workflow;
}

describe('statusdocs init', () => {
  it('writes a config that loads, a workflow that checks and publishes, and ignores the cache', async () => {
    const root = repo();
    const run = runCli(['init', '--content', 'docs/status'], { cwd: root });
    expect(run).toEqual({
      code: 0,
      stdout:
        'Created statusdocs.config.mjs\nCreated .github/workflows/statusdocs.yml\nCreated .gitignore\n',
      stderr: '',
    });
    const { config, file } = await loadConfig(root);
    expect(file).toBe(path.join(root, 'statusdocs.config.mjs'));
    expect(config).toEqual(configSchema.parse({ content: 'docs/status' }));
    const workflow = readWorkflow(root);
    expect(workflow.on.push.branches).toEqual(['trunk']);
    const check = workflow.jobs.check;
    expect(check?.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(check?.steps.map((step) => step.uses ?? step.run)).toEqual([
      'actions/checkout@v6',
      'actions/setup-node@v6',
      'npx --yes statusdocs@^0.1.0 check --format github',
      'npx --yes statusdocs@^0.1.0 check --format sarif > statusdocs.sarif || test $? -eq 1',
      'github/codeql-action/upload-sarif@v4',
    ]);
    expect(check?.steps[0]?.with).toEqual({ 'fetch-depth': 0 });
    const pages = workflow.jobs.pages;
    expect(pages?.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/trunk'");
    expect(pages?.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(pages?.steps.map((step) => step.uses ?? step.run?.split(' --out')[0])).toEqual([
      'actions/checkout@v6',
      'actions/setup-node@v6',
      'actions/configure-pages@v6',
      'npx --yes -p statusdocs@^0.1.0 -p astro -p pagefind statusdocs build',
      'actions/upload-pages-artifact@v5',
      'actions/deploy-pages@v5',
    ]);
    expect(pages?.steps[3]?.run).toContain('--base "${{ steps.pages.outputs.base_path }}/"');
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toBe(
      '# statusdocs: the check cache and a local site build\n.statusdocs/\n/site/\n',
    );
  });

  it('changes nothing when run twice', () => {
    const root = repo();
    runCli(['init'], { cwd: root });
    const files = ['statusdocs.config.mjs', '.github/workflows/statusdocs.yml', '.gitignore'];
    const before = files.map((name) => readFileSync(path.join(root, name), 'utf8'));
    expect(runCli(['init'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(files.map((name) => readFileSync(path.join(root, name), 'utf8'))).toEqual(before);
  });

  it('keeps a file that differs from what it would write', () => {
    const root = repo();
    runCli(['init'], { cwd: root });
    const config = readFileSync(path.join(root, 'statusdocs.config.mjs'));
    expect(runCli(['init', '--content', 'other'], { cwd: root })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'statusdocs: Kept `statusdocs.config.mjs`: it already exists; delete it to write it anew.\n',
    });
    expect(readFileSync(path.join(root, 'statusdocs.config.mjs'))).toEqual(config);
  });

  it('finds docs/, and with --no-pages writes no Pages job', async () => {
    const root = repo();
    mkdirSync(path.join(root, 'docs'));
    runCli(['init', '--no-pages'], { cwd: root });
    expect((await loadConfig(root)).config.content).toBe('docs');
    expect(Object.keys(readWorkflow(root).jobs)).toEqual(['check']);
  });

  it('checks the repository root when there is no content/ or docs/, skipping build output', async () => {
    const root = repo();
    runCli(['init'], { cwd: root });
    const { config } = await loadConfig(root);
    expect(config.content).toBe('.');
    expect(config.exclude).toEqual([...REPO_ROOT_EXCLUDE]);
  });

  it('installs with npm ci and caches when statusdocs is a locked devDependency', () => {
    const root = repo();
    writeFileSync(
      path.join(root, 'package.json'),
      JSON.stringify({ devDependencies: { statusdocs: '^0.1.0' } }),
    );
    writeFileSync(path.join(root, 'package-lock.json'), '{}');
    runCli(['init'], { cwd: root });
    const steps = readWorkflow(root).jobs.check?.steps ?? [];
    expect(steps[1]?.with).toEqual({ 'node-version': 24, cache: 'npm' });
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm ci',
      'npx statusdocs check --format github',
      'npx statusdocs check --format sarif > statusdocs.sarif || test $? -eq 1',
    ]);
  });

  it('adds to an existing .gitignore only what it lacks', () => {
    const root = repo();
    writeFileSync(path.join(root, '.gitignore'), 'node_modules\n/.statusdocs');
    expect(runCli(['init'], { cwd: root }).stdout).toContain('Updated .gitignore\n');
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toBe(
      'node_modules\n/.statusdocs\n\n# statusdocs: the check cache and a local site build\n/site/\n',
    );
  });
});
