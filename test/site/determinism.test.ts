import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import statusdocs from '../../src/site/integration.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const content = path.join(repoRoot, 'content');

let work: string;

/** Every file under `dir` with the SHA-256 of its bytes, sorted by path. */
async function treeHashes(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
  const hashes = new Map<string, string>();
  for (const file of files) {
    const bytes = await readFile(path.join(dir, file));
    hashes.set(file, createHash('sha256').update(bytes).digest('hex'));
  }
  return hashes;
}

/** Build `content/` into `<work>/<name>`, with its own Astro cache unless `cache` names one. */
async function buildInto(name: string, cache = name): Promise<Map<string, string>> {
  const outDir = path.join(work, name);
  await build({
    root: repoRoot,
    configFile: false,
    srcDir: './src/site',
    outDir,
    cacheDir: path.join(work, `cache-${cache}`),
    logLevel: 'error',
    integrations: [statusdocs({ content, failOn: 'never' })],
  });
  return treeHashes(outDir);
}

let first: Map<string, string>;
let second: Map<string, string>;
let cached: Map<string, string>;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'statusdocs-determinism-'));
  process.env.STATUSDOCS_TODAY = '2026-02-15';
  first = await buildInto('first');
  // From scratch again: catches timestamps, random ids and unordered iteration.
  second = await buildInto('second');
  // Again on the first build's cache: catches output that depends on what was cached.
  cached = await buildInto('cached', 'first');
}, 240_000);

afterAll(async () => {
  delete process.env.STATUSDOCS_TODAY;
  await rm(work, { recursive: true, force: true });
});

describe('astro build of content/', () => {
  it('writes pages at all, so the comparison below means something', () => {
    expect(first.size).toBeGreaterThan(5);
    expect([...first.keys()]).toContain('index.html');
  });

  it('writes byte-identical trees when built twice from scratch', () => {
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash);
    expect(differing.map(([file]) => file)).toEqual([]);
  });

  it('writes the same tree again when the content cache is warm', () => {
    expect([...cached.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => cached.get(file) !== hash);
    expect(differing.map(([file]) => file)).toEqual([]);
  });
});
