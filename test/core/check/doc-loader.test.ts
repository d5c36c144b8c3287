import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/core/check/check-project.ts';
import { createDocLoader } from '../../../src/core/check/doc-loader.ts';
import { defaultWorkerCount } from '../../../src/core/check/doc-pool.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { DEFAULT_LOAD_LIMITS } from '../../../src/core/load/parse-source-doc.ts';
import { readDocs } from '../../../src/core/load/read-docs.ts';
import { formatJson } from '../../../src/core/report/format-json.ts';

// Every fixture's docs in one folder, so one pool of workers sees them all:
// broken YAML, Windows-1252, deep nesting, every rule's findings.
const root = mkdtempSync(path.join(tmpdir(), 'statusdocs-doc-loader-'));
const fixtures = new URL('../../fixtures/', import.meta.url);
for (const entry of readdirSync(fixtures, { withFileTypes: true })) {
  if (entry.isDirectory())
    cpSync(new URL(entry.name, fixtures), path.join(root, entry.name), { recursive: true });
}
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const config = configSchema.parse({});
const today = '2026-12-01';

/** Every doc under the root, through `load`, its workers stopped after. */
async function readAll(load: ReturnType<typeof createDocLoader>) {
  return readDocs(root, {
    include: config.include,
    exclude: config.exclude,
    limits: DEFAULT_LOAD_LIMITS,
    load,
  }).finally(load.close);
}

describe('createDocLoader', () => {
  it('checks docs in a worker thread exactly as on the main thread', async () => {
    const alone = await checkProject(root, config, today, { parallel: { workers: 0, after: 0 } });
    const threaded = await checkProject(root, config, today, {
      parallel: { workers: 1, after: 0, mainThread: false },
    });
    expect(threaded.result.files.length).toBeGreaterThan(100);
    expect(formatJson(threaded.result)).toBe(formatJson(alone.result));
  });

  it('hands docs to the workers once more than `after` docs were parsed', async () => {
    const load = createDocLoader({ config, today, parallel: { workers: 1, after: 10 } });
    const docs = await readAll(load);
    expect(load.pooled()).toBeGreaterThan(0);
    expect(load.pooled()).toBeLessThanOrEqual(docs.length - 10);
  });

  it('checks every doc on the main thread without workers', async () => {
    const load = createDocLoader({ config, today, parallel: { workers: 0, after: 0 } });
    const docs = await readAll(load);
    expect(docs.length).toBeGreaterThan(100);
    expect(load.pooled()).toBe(0);
  });

  it('takes the number of workers from STATUSDOCS_WORKERS, else one per spare core', () => {
    expect(defaultWorkerCount({ STATUSDOCS_WORKERS: '0' })).toBe(0);
    expect(defaultWorkerCount({ STATUSDOCS_WORKERS: '3' })).toBe(3);
    const spare = Math.min(os.availableParallelism() - 1, 7);
    expect(defaultWorkerCount({ STATUSDOCS_WORKERS: 'many' })).toBe(spare);
    expect(defaultWorkerCount({})).toBe(spare);
  });
});
