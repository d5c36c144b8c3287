import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverStaleBuilds } from '../../src/cli/commands/swap-site.ts';

// Process ids above the kernel's maximum (4194304) are never alive.
const DEAD = '99999999';

async function scene(): Promise<{ parent: string; out: string }> {
  const parent = await mkdtemp(path.join(tmpdir(), 'statusdocs-swap-'));
  return { parent, out: path.join(parent, 'site') };
}

async function workFolder(
  parent: string,
  pid: string | undefined,
  parts: string[],
): Promise<string> {
  const work = path.join(parent, `.site.build-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(work);
  if (pid !== undefined) await writeFile(path.join(work, 'owner.pid'), pid);
  for (const part of parts) {
    const [folder, file, text] = part.split(':');
    await mkdir(path.join(work, folder ?? ''), { recursive: true });
    if (file) await writeFile(path.join(work, folder ?? '', file), text ?? '');
  }
  return work;
}

describe('recovering builds that were killed', () => {
  it('finishes a swap cut between its two renames: the new, marked site goes in place', async () => {
    const { parent, out } = await scene();
    await workFolder(parent, DEAD, [
      'site:.statusdocs-site',
      'site:index.html:new',
      'site.old:index.html:old',
    ]);
    await recoverStaleBuilds(out);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(parent)).toEqual(['site']);
  });

  it('puts the old site back when the new one was never marked finished', async () => {
    const { parent, out } = await scene();
    await workFolder(parent, DEAD, ['site:index.html:half', 'site.old:index.html:old']);
    await recoverStaleBuilds(out);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(await readdir(parent)).toEqual(['site']);
  });

  it('removes a dead build beside an intact output, and leaves the output alone', async () => {
    const { parent, out } = await scene();
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'current');
    await workFolder(parent, DEAD, ['site:index.html:half']);
    await recoverStaleBuilds(out);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('current');
    expect(await readdir(parent)).toEqual(['site']);
  });

  it('leaves a running build alone, and an ownerless folder until it is an hour old', async () => {
    const { parent, out } = await scene();
    const live = await workFolder(parent, String(process.pid), ['site:index.html:x']);
    const fresh = await workFolder(parent, undefined, []);
    const old = await workFolder(parent, undefined, []);
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(old, hoursAgo, hoursAgo);
    await recoverStaleBuilds(out);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(old)).toBe(false);
  });
});
