import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './run-cli.ts';

let work: string;

// The evidence fixture with its real artifacts in the common locations.
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'statusdocs-build-evidence-'));
  await cp(path.join(FIXTURES, 'evidence-repo'), path.join(work, 'project'), { recursive: true });
  await mkdir(path.join(work, 'project/coverage'));
  await cp(
    path.join(FIXTURES, 'evidence-artifacts/lcov.info'),
    path.join(work, 'project/coverage/lcov.info'),
  );
  await cp(
    path.join(FIXTURES, 'evidence-artifacts/node-junit.xml'),
    path.join(work, 'project/junit.xml'),
  );
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('statusdocs build with CI artifacts', () => {
  it('marks metric cards verified or contradicted with the artifact, and counts them', async () => {
    const out = path.join(work, 'site');
    const run = runCli(['build', 'docs', '--out', out, '--fail-on', 'never'], {
      cwd: path.join(work, 'project'),
      env: { STATUSDOCS_CACHE_DIR: path.join(work, 'cache') },
    });
    expect(run.code).toBe(0);
    const current = await readFile(path.join(out, 'docs/current_state/index.html'), 'utf8');
    expect(current).toMatch(/data-evidence="verified"[^]*Verified against junit\.xml, run \d{4}/);
    expect(current).toContain('Verified against coverage/lcov.info');
    const status = await readFile(path.join(out, 'docs/status/index.html'), 'utf8');
    expect(status).toContain('data-evidence="contradicted"');
    expect(status).toMatch(/Contradicted by coverage\/lcov\.info, run [\d-]+: 74\.1% of lines/);
    const dashboard = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(dashboard.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(
      'Metrics against CI artifacts: 6 verified, 3 contradicted, 2 unverifiable',
    );
  }, 90_000);
});
