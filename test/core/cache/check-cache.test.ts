import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { openCheckCache, type CheckCacheScope } from '../../../src/core/cache/check-cache.ts';
import { sealText } from '../../../src/core/io/seal-text.ts';
import { openUserCache } from '../../../src/core/io/user-cache-dir.ts';
import { checkProject } from '../../../src/core/check/check-project.ts';
import { configSchema, type ResolvedConfig } from '../../../src/core/config/config-schema.ts';
import { formatResult } from '../../../src/core/report/index.ts';

// Counts Markdown and YAML parses, to prove a warm check needs none (set rules read cached facts).
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/core/load/parse-markdown.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../src/core/load/parse-markdown.ts')>();
  return {
    ...original,
    parseMarkdown: (...args: Parameters<typeof original.parseMarkdown>) => {
      parses.count++;
      return original.parseMarkdown(...args);
    },
  };
});
vi.mock('../../../src/core/load/parse-frontmatter.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../src/core/load/parse-frontmatter.ts')>();
  return {
    ...original,
    parseFrontmatter: (...args: Parameters<typeof original.parseFrontmatter>) => {
      parses.count++;
      return original.parseFrontmatter(...args);
    },
  };
});

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
// Fixtures with findings of every stage: load (YAML, encoding), per-doc rules, set rules (links).
const SCENARIOS = [
  'cli-mixed-problems',
  'links-superseded',
  'mojibake-windows-1252',
  'metric-sum-table-rows',
  'frontmatter-invalid-field',
  'relations-asymmetric',
];
const TODAY = '2026-11-21';
const config: ResolvedConfig = configSchema.parse({});

/** A temp content root holding copies of the scenario fixtures, and an empty cache folder. */
function project(): { root: string; cacheDir: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'statusdocs-cache-'));
  const root = path.join(base, 'docs');
  for (const name of SCENARIOS)
    cpSync(path.join(FIXTURES, name), path.join(root, name), { recursive: true });
  return { root, cacheDir: path.join(base, '.statusdocs', 'cache') };
}

async function check(
  root: string,
  options: { cacheDir?: string; config?: ResolvedConfig; today?: string } = {},
): Promise<string> {
  const { result } = await checkProject(
    root,
    options.config ?? config,
    options.today ?? TODAY,
    options.cacheDir ? { cacheDir: options.cacheDir } : {},
  );
  return formatResult(result, 'json');
}

/** How many docs under `root` the cache answers, as the next check would see them. */
async function hits(cacheDir: string, scope: CheckCacheScope, files: string[]): Promise<number> {
  const cache = await openCheckCache(cacheDir, scope);
  return files.filter(
    (file) =>
      cache.restore(file, readFileSync(path.join(scope.root, file)), scope.root, config.limits) !==
      undefined,
  ).length;
}

const DOC = 'cli-mixed-problems/undated-notes.md';

/** The JSON of a sealed cache file (its first line is the seal). */
function unsealed(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.slice(text.indexOf('\n') + 1);
}

describe('per-doc result cache', () => {
  it('gives byte-identical output warm and cold, and answers every unchanged doc', async () => {
    const { root, cacheDir } = project();
    const uncached = await check(root);
    const cold = await check(root, { cacheDir });
    const warm = await check(root, { cacheDir });
    expect(cold).toBe(uncached);
    expect(warm).toBe(uncached);
    expect((JSON.parse(warm) as { summary: { errors: number } }).summary.errors).toBeGreaterThan(0);
    const files = (JSON.parse(warm) as { files: { path: string }[] }).files.map((file) =>
      path.relative(root, path.resolve(root, file.path)),
    );
    expect(await hits(cacheDir, { root, config, today: TODAY }, files)).toBe(files.length);
  });

  it('parses no Markdown or YAML in a warm check of unchanged docs', async () => {
    const { root, cacheDir } = project();
    const cold = await check(root, { cacheDir });
    parses.count = 0;
    expect(await check(root, { cacheDir })).toBe(cold);
    expect(parses.count).toBe(0);
  });

  it('forgets did-you-mean answers when a file is added', async () => {
    const { root, cacheDir } = project();
    writeFileSync(path.join(root, 'links.md'), '# Links\n\nSee [the roadmap](roadmp-2026.md).\n');
    const before = await check(root, { cacheDir });
    expect(before).not.toContain('did you mean');
    writeFileSync(path.join(root, 'roadmap-2026.md'), '# Roadmap\n');
    const after = await check(root, { cacheDir });
    expect(after).toContain('did you mean `roadmap-2026.md`');
    expect(after).toBe(await check(root));
  });

  it('never restores a doc that was too deeply nested to parse', async () => {
    const { root, cacheDir } = project();
    writeFileSync(path.join(root, 'deep.md'), `${'> '.repeat(40)}deep\n`);
    const shallow = configSchema.parse({ limits: { maxDepth: 10 } });
    const cold = await checkProject(root, shallow, TODAY, { cacheDir });
    const warm = await checkProject(root, shallow, TODAY, { cacheDir });
    const textOf = (checked: typeof cold): string | undefined =>
      checked.result.files.find((file) => file.path === 'deep.md')?.source.text;
    expect(textOf(cold)).toBe('');
    expect(textOf(warm)).toBe('');
    expect(formatResult(warm.result, 'json')).toBe(formatResult(cold.result, 'json'));
  });

  it('re-checks a changed doc, and the result matches a check without cache', async () => {
    const { root, cacheDir } = project();
    const before = await check(root, { cacheDir });
    writeFileSync(path.join(root, DOC), '# Notes\n\n[gone](nowhere.md) | 100% complete\n');
    const scope = { root, config, today: TODAY };
    expect(await hits(cacheDir, scope, [DOC])).toBe(0);
    const after = await check(root, { cacheDir });
    expect(after).not.toBe(before);
    expect(after).toBe(await check(root));
  });

  it('misses when the config, today or the content root changes', async () => {
    const { root, cacheDir } = project();
    await check(root, { cacheDir });
    const scope = { root, config, today: TODAY };
    expect(await hits(cacheDir, scope, [DOC])).toBe(1);
    const otherConfig = configSchema.parse({ kinds: { '**/*.md': 'plan' } });
    expect(await hits(cacheDir, { ...scope, config: otherConfig }, [DOC])).toBe(0);
    expect(await hits(cacheDir, { ...scope, today: '2026-11-22' }, [DOC])).toBe(0);
    const copy = path.join(path.dirname(root), 'copy');
    cpSync(root, copy, { recursive: true });
    expect(await hits(cacheDir, { ...scope, root: copy }, [DOC])).toBe(0);
    // And the output follows the new config, not the cached docs.
    expect(await check(root, { cacheDir, config: otherConfig })).toBe(
      await check(root, { config: otherConfig }),
    );
  });

  it('ignores a corrupt cache file and replaces it', async () => {
    const { root, cacheDir } = project();
    await check(root, { cacheDir });
    const [name] = readdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, name ?? 'x'), '{"key": "truncat');
    expect(await check(root, { cacheDir })).toBe(await check(root));
    expect(await hits(cacheDir, { root, config, today: TODAY }, [DOC])).toBe(1);
  });

  it('forgets docs that no longer exist', async () => {
    const { root, cacheDir } = project();
    await check(root, { cacheDir });
    const [name] = readdirSync(cacheDir);
    const read = (): string[] =>
      Object.keys(
        (
          JSON.parse(unsealed(path.join(cacheDir, name ?? ''))) as {
            entries: Record<string, unknown>;
          }
        ).entries,
      );
    expect(read()).toContain(DOC);
    cpSync(path.join(root, DOC), path.join(root, 'moved.md'));
    const { rmSync } = await import('node:fs');
    rmSync(path.join(root, DOC));
    await check(root, { cacheDir });
    expect(read()).not.toContain(DOC);
    expect(read()).toContain('moved.md');
  });

  it('does not believe a cache file it did not seal: a crafted entry cannot hide a YAML error', async () => {
    const { root, cacheDir } = project();
    const bad = 'frontmatter-invalid-field/broken-yaml.md';
    writeFileSync(path.join(root, bad), '---\ntitle: [unclosed\n---\n# Broken\n');
    const honest = await check(root);
    expect(honest).toContain('yaml-syntax');
    await check(root, { cacheDir });
    const [name] = readdirSync(cacheDir).filter((file) => file.endsWith('.json'));
    const file = path.join(cacheDir, name ?? '');
    const stored = JSON.parse(unsealed(file)) as {
      entries: Record<string, { messages: unknown[] }>;
    };
    const entry = stored.entries[bad];
    expect(entry?.messages.length).toBeGreaterThan(0);
    if (entry) entry.messages = [];
    // Unsealed, and sealed with a secret that is not the user's: both rebuilt.
    writeFileSync(file, JSON.stringify(stored));
    expect(await check(root, { cacheDir })).toBe(honest);
    writeFileSync(file, `statusdocs-sealed ${'0'.repeat(64)}\n${JSON.stringify(stored)}`);
    expect(await check(root, { cacheDir })).toBe(honest);
  });

  it('rebuilds entries of the wrong shape instead of failing', async () => {
    const { root, cacheDir } = project();
    const honest = await check(root);
    await check(root, { cacheDir });
    const [name] = readdirSync(cacheDir).filter((file) => file.endsWith('.json'));
    const file = path.join(cacheDir, name ?? '');
    const stored = JSON.parse(unsealed(file)) as { entries: Record<string, unknown> };
    stored.entries[DOC] = { hash: 'x', doc: 'not a doc', messages: 'none' };
    // Sealed with the user's own secret: only the shape is wrong.
    const { secret } = await openUserCache(process.env);
    writeFileSync(file, sealText(JSON.stringify(stored), secret));
    expect(await check(root, { cacheDir })).toBe(honest);
    expect(await hits(cacheDir, { root, config, today: TODAY }, [DOC])).toBe(1);
  });

  it("removes temp files a killed run left, but not a live run's", async () => {
    const { root, cacheDir } = project();
    mkdirSync(cacheDir, { recursive: true });
    // Process ids above the kernel's maximum (4194304) are never alive.
    const dead = path.join(cacheDir, 'check-abc.json.99999999.123.tmp');
    const live = path.join(cacheDir, `check-abc.json.${process.pid}.123.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'half');
    writeFileSync(path.join(root, 'new.md'), '# New\n');
    await check(root, { cacheDir });
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
