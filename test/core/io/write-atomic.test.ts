import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../../src/core/io/write-atomic.ts';

const folder = () => mkdtempSync(path.join(tmpdir(), 'statusdocs-atomic-'));

describe('writeAtomic', () => {
  it('creates or replaces a file and leaves no temp file', async () => {
    const dir = folder();
    const file = path.join(dir, 'a.json');
    await writeAtomic(file, 'one');
    writeFileSync(path.join(dir, 'other'), '');
    await writeAtomic(file, new TextEncoder().encode('two'), { sync: true });
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'other']);
  });

  it('keeps the old content and removes the temp file when the rename fails', async () => {
    const dir = folder();
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old');
    const rename = () => Promise.reject(new Error('crash'));
    await expect(writeAtomic(file, 'new', { rename })).rejects.toThrow('crash');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('gives the new file the mode asked for', async () => {
    const dir = folder();
    const file = path.join(dir, 'secret');
    await writeAtomic(file, 'x', { mode: 0o600 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
