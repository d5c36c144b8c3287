import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealText, unsealText } from '../../../src/core/io/seal-text.ts';
import { ensurePrivateFolder, openUserCache } from '../../../src/core/io/user-cache-dir.ts';

const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'statusdocs-usercache-'));
const isRoot = process.getuid?.() === 0;

describe('the user cache folder', () => {
  it('is made with mode 0700 and keeps one secret across opens', async () => {
    const dir = path.join(scratch(), 'a', 'statusdocs');
    const cache = await openUserCache({ STATUSDOCS_CACHE_DIR: dir });
    expect(cache.dir).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, 'secret')).mode & 0o777).toBe(0o600);
    expect(cache.secret.length).toBe(32);
  });

  it('tightens a loose mode on its own folder', async () => {
    const dir = path.join(scratch(), 'loose');
    mkdirSync(dir, { mode: 0o777 });
    chmodSync(dir, 0o777);
    expect(await ensurePrivateFolder(dir)).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('refuses a symbolic link planted in its place', async () => {
    const base = scratch();
    const target = path.join(base, 'elsewhere');
    mkdirSync(target);
    symlinkSync(target, path.join(base, 'statusdocs'));
    expect(await ensurePrivateFolder(path.join(base, 'statusdocs'))).toBeUndefined();
    // Without a safe folder the secret is the process's own: no earlier cache validates.
    const cache = await openUserCache({ STATUSDOCS_CACHE_DIR: path.join(base, 'statusdocs') });
    expect(cache.dir).toBeUndefined();
    expect(cache.secret.length).toBe(32);
  });

  it.skipIf(!isRoot)('refuses a folder another user made first', async () => {
    const dir = path.join(scratch(), 'planted');
    mkdirSync(dir, { mode: 0o700 });
    chownSync(dir, 65534, 65534);
    expect(await ensurePrivateFolder(dir)).toBeUndefined();
  });

  it('works without a writable home: no folder, no crash', async () => {
    // A file where the home folder should be: nothing can be made under it, even by root.
    const home = path.join(scratch(), 'home');
    writeFileSync(home, '');
    const cache = await openUserCache({ HOME: home });
    expect(cache.dir).toBeUndefined();
  });
});

describe('sealed cache files', () => {
  const secret = new Uint8Array(32).fill(1);
  it('opens only with the same secret and unchanged text', () => {
    const sealed = sealText('{"a":1}', secret);
    expect(unsealText(sealed, secret)).toBe('{"a":1}');
    expect(unsealText(sealed, new Uint8Array(32).fill(2))).toBeUndefined();
    expect(unsealText(sealed.replace('"a":1', '"a":2'), secret)).toBeUndefined();
    expect(unsealText('{"a":1}', secret)).toBeUndefined();
  });
});
