import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/config/config-error.ts';
import { loadConfig } from '../../../src/core/config/load-config.ts';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loadConfig', () => {
  it('uses the defaults without a config file', async () => {
    const { config, file } = await loadConfig(project({}));
    expect(file).toBeUndefined();
    // No content/ or docs/ in an empty project: its root (see detect-content-root.test.ts).
    expect(config.content).toBe('.');
    expect(config.include).toEqual(['**/*.md']);
    expect(config.limits).toEqual({ maxFileSize: 5_000_000, maxAliasCount: 100, maxDepth: 200 });
  });

  it('reads statusdocs.config.json', async () => {
    const dir = project({
      'statusdocs.config.json': '{"content": "docs", "rules": {"stale": "off"}}',
    });
    const { config } = await loadConfig(dir);
    expect(config.content).toBe('docs');
    expect(config.rules).toEqual({ stale: 'off' });
  });

  it('reads statusdocs.config.mjs before the JSON file', async () => {
    const dir = project({
      'statusdocs.config.mjs': 'export default { content: "from-mjs" };',
      'statusdocs.config.json': '{"content": "from-json"}',
    });
    expect((await loadConfig(dir)).config.content).toBe('from-mjs');
  });

  it('reads package.json#statusdocs', async () => {
    const dir = project({ 'package.json': '{"name": "x", "statusdocs": {"content": "status"}}' });
    expect((await loadConfig(dir)).config.content).toBe('status');
  });

  it('throws a ConfigError naming the bad key and a hint', async () => {
    const dir = project({ 'statusdocs.config.json': '{"rules": {"stale": "loud"}}' });
    const error = await loadConfig(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(
      /^Invalid config in `statusdocs.config.json` at `rules.stale`: Invalid option/,
    );
    expect((error as ConfigError).hint).toContain('README');
  });

  it('throws on unknown keys and on broken JSON', async () => {
    await expect(
      loadConfig(project({ 'statusdocs.config.json': '{"contnet": "x"}' })),
    ).rejects.toThrow(/at `contnet`: Unrecognized key/);
    await expect(loadConfig(project({ 'statusdocs.config.json': '{' }))).rejects.toThrow(
      /Cannot parse `statusdocs.config.json`/,
    );
  });

  it('throws when an explicit config file is missing', async () => {
    await expect(loadConfig(project({}), 'nope.json')).rejects.toThrow(/Cannot find config file/);
  });
});
