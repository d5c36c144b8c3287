import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeText } from '../../../src/core/fix/encode-text.ts';
import { writeFileAtomic } from '../../../src/core/fix/write-file-atomic.ts';
import { writeNewFile } from '../../../src/core/fix/write-new-file.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'statusdocs-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the content and keeps the mode', async () => {
    const file = path.join(dir, 'a.md');
    await writeFile(file, 'old');
    await chmod(file, 0o640);
    await writeFileAtomic(file, encodeText('new', false));
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('refuses a read-only file and leaves it alone', async () => {
    const file = path.join(dir, 'a.md');
    await writeFile(file, 'old');
    await chmod(file, 0o444);
    await expect(writeFileAtomic(file, encodeText('new', false))).rejects.toThrow(
      `\`${file}\` is read-only; make it writable (chmod u+w) to change it`,
    );
    expect(await readFile(file, 'utf8')).toBe('old');
  });

  it('leaves the original intact and no temporary file when the rename fails', async () => {
    const file = path.join(dir, 'a.md');
    await writeFile(file, 'old');
    const crash = () => Promise.reject(Object.assign(new Error('boom'), { code: 'EIO' }));
    await expect(
      writeFileAtomic(file, encodeText('new', false), { rename: crash }),
    ).rejects.toThrow(`Cannot write \`${file}\` (EIO); it was left unchanged`);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.md']);
  });
});

describe('writeNewFile', () => {
  it('creates folders and never overwrites', async () => {
    const file = path.join(dir, 'docs', 'x.md');
    await writeNewFile(file, encodeText('one', false));
    await expect(writeNewFile(file, encodeText('two', false))).rejects.toThrow(
      `\`${file}\` already exists; it was left unchanged`,
    );
    expect(await readFile(file, 'utf8')).toBe('one');
    expect(await readdir(path.dirname(file))).toEqual(['x.md']);
  });
});

describe('encodeText', () => {
  it('puts the byte order mark back', () => {
    expect([...encodeText('a', true)]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
  });
});
