import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/core/check/check-project.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { FORMATS, formatResult } from '../../src/core/report/index.ts';
import { runCli } from '../cli/run-cli.ts';
import { HOSTILE_FIXTURE } from './hostile-corpus.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** Every format of one fresh check of `root`. */
async function reports(root: string): Promise<Record<string, string>> {
  const { result } = await checkProject(root, configSchema.parse({}), '2026-11-21');
  return Object.fromEntries(
    FORMATS.map((format) => [format, formatResult(result, format, { toolVersion: '0.1.0' })]),
  );
}

describe('same input, same output', () => {
  it.each([
    ['the hostile corpus', HOSTILE_FIXTURE],
    ['content/', CONTENT],
  ])('gives byte-identical text, JSON, GitHub and SARIF for two checks of %s', async (_, root) => {
    const first = await reports(root);
    const second = await reports(root);
    expect(Object.keys(first)).toEqual(['text', 'compact', 'json', 'github', 'sarif']);
    expect(first.json?.length).toBeGreaterThan(100);
    expect(second).toEqual(first);
  });

  it('gives byte-identical CLI output from scratch and from the cache', () => {
    const args = ['check', 'hostile', '--format', 'sarif'];
    const fresh = runCli([...args, '--no-cache']);
    const filling = runCli(args);
    const cached = runCli(args);
    expect(fresh.code).toBe(1);
    expect(filling).toEqual(fresh);
    expect(cached).toEqual(fresh);
  });
});
