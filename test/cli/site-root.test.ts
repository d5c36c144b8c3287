import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareSiteRoot, type SiteRoot } from '../../src/cli/commands/site-root.ts';
import { engineFingerprint } from '../../src/core/cache/engine-fingerprint.ts';

let base: string;
let site: SiteRoot;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'statusdocs-site-root-'));
  site = await prepareSiteRoot(path.join(base, 'cache'), base, path.join(base, 'node_modules'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the copy of the site code a build runs from', () => {
  it('has the engine fingerprint of the code it was copied from, so the site check reuses the CLI check’s cache', async () => {
    const copied = pathToFileURL(
      path.join(path.dirname(site.srcDir), 'core', 'cache', 'engine-fingerprint.ts'),
    ).href;
    const { engineFingerprint: copyFingerprint } = (await import(
      copied
    )) as typeof import('../../src/core/cache/engine-fingerprint.ts');
    expect(await copyFingerprint()).toBe(await engineFingerprint());
    expect(await engineFingerprint()).not.toMatch(/^unknown\+/);
  });
});
