import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/core/check/check-project.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';

const BIN = fileURLToPath(new URL('../../bin/statusdocs.mjs', import.meta.url));
const config = configSchema.parse({});

/** `count` docs, each with a list linking to every other one. */
function writeLinkedDocs(dir: string, count: number): void {
  for (let doc = 0; doc < count; doc++) {
    const links = Array.from({ length: count }, (_, other) =>
      other === doc ? '' : `- [Doc ${other}](doc-${other}.md)\n`,
    );
    writeFileSync(
      path.join(dir, `doc-${doc}.md`),
      `# Doc ${doc}\n\n**Date**: 2026-01-05\n\n${links.join('')}`,
    );
  }
}

let small: string;
let large: string;

beforeAll(() => {
  small = mkdtempSync(path.join(tmpdir(), 'statusdocs-linked-'));
  writeLinkedDocs(small, 40);
  large = mkdtempSync(path.join(tmpdir(), 'statusdocs-linked-'));
  writeLinkedDocs(large, 400);
});

afterAll(() => {
  rmSync(small, { recursive: true, force: true });
  rmSync(large, { recursive: true, force: true });
});

describe('docs that all link to each other (issue 20, item 3)', () => {
  it('keeps no tree once a doc is checked, and shares one target per linked doc', async () => {
    const { result, graph } = await checkProject(small, config, '2026-11-21');
    expect(result.files.every((file) => file.messages.length === 0)).toBe(true);
    // Only the analysis outlives the per-doc phase.
    for (const { source } of result.files) {
      expect(Object.keys(source).sort()).toEqual(
        ['bodyOffset', 'bom', 'encoding', 'file', 'path', 'text'].sort(),
      );
    }
    const targets = new Set(
      [...graph.docs.values()].flatMap((doc) => doc.references.map((ref) => ref.target)),
    );
    // 40 × 39 references, 40 targets.
    expect([...graph.docs.values()].flatMap((doc) => doc.references)).toHaveLength(40 * 39);
    expect(targets.size).toBe(40);
  });

  it('checks 400 docs and 159,600 links within a 128 MB heap', () => {
    // Before: every tree of the set was held at once, with one resolved
    // target per link, and this ran out of memory.
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=128', BIN, 'check', large, '--no-cache', '--format', 'json'],
      { encoding: 'utf8', env: { ...process.env, STATUSDOCS_TODAY: '2026-11-21' } },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: { files: number } }).summary.files).toBe(400);
  }, 240_000);
});
