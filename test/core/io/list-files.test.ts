import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/core/io/list-files.ts';

describe('listFiles', () => {
  it('lists the files at every depth, sorted, without the folders', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-list-'));
    mkdirSync(path.join(dir, 'b', 'c'), { recursive: true });
    mkdirSync(path.join(dir, 'empty'));
    for (const file of ['z.txt', 'b/c/d.txt', 'a.txt']) writeFileSync(path.join(dir, file), '');
    expect(await listFiles(dir)).toEqual(
      ['a.txt', 'b/c/d.txt', 'z.txt'].map((file) => path.join(dir, file)),
    );
  });

  it('lists nothing for a folder that cannot be read', async () => {
    expect(await listFiles(path.join(tmpdir(), 'statusdocs-list-missing', 'nowhere'))).toEqual([]);
  });
});
