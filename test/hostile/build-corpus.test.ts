import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHostileCorpus, SECRET, type HostileCorpus } from './hostile-corpus.ts';

const BIN = fileURLToPath(new URL('../../bin/statusdocs.mjs', import.meta.url));

let corpus: HostileCorpus;
let run: { status: number | null; stdout: string; stderr: string };
let out: string;

/** Every file under a folder, relative, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

beforeAll(async () => {
  corpus = await makeHostileCorpus();
  out = path.join(corpus.work, 'site');
  // The real command a user runs, generated bombs included.
  const result = spawnSync(
    process.execPath,
    [BIN, 'build', corpus.root, '--out', out, '--fail-on', 'never'],
    {
      cwd: corpus.work,
      encoding: 'utf8',
      env: { ...process.env, STATUSDOCS_TODAY: '2026-11-21', NO_COLOR: '1' },
    },
  );
  run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
}, 300_000);

afterAll(async () => {
  await corpus.remove();
});

describe('statusdocs build over the hostile corpus', () => {
  it('finishes with a site instead of crashing', () => {
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+\)/); // no stack trace
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Built the site of');
  });

  it('writes a page for the docs with odd names and the unparsed bombs', async () => {
    const files = await listFiles(out);
    for (const page of [
      'docs/name-with-spaces/index.html',
      'docs/hash-name/index.html',
      'docs/huge-20mb/index.html',
      'docs/nested-list-5000-levels/index.html',
      'docs/yaml-alias-bomb/index.html',
    ]) {
      expect(files).toContain(page);
    }
  });

  it('never publishes what lies outside the content root', async () => {
    for (const file of await listFiles(out)) {
      if (!/\.(html|xml|json)$/.test(file)) continue;
      expect(await readFile(path.join(out, file), 'utf8')).not.toContain(SECRET);
    }
  });
});
