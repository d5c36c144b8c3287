import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSearchFiles, type SearchFile } from '../../src/site/write-search-files.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'statusdocs-search-files-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = (name: string, text: string): SearchFile => ({
  path: name,
  content: new TextEncoder().encode(text),
});
const inode = async (file: string): Promise<number> => (await stat(file)).ino;

describe('writeSearchFiles', () => {
  it('writes every file when nothing is kept', async () => {
    const outcome = await writeSearchFiles(
      [file('pagefind.js', 'js'), file('fragment/en_a.pf_fragment', 'a')],
      path.join(dir, 'site'),
      undefined,
    );
    expect(outcome).toEqual({ kept: 0, written: 2 });
    expect(await readFile(path.join(dir, 'site/fragment/en_a.pf_fragment'), 'utf8')).toBe('a');
  });

  it('links files unchanged since the last build, writes changed ones anew and drops stale kept ones', async () => {
    const keep = path.join(dir, 'keep');
    await writeSearchFiles(
      [
        file('pagefind.js', 'js'),
        file('entry.json', 'v1'),
        file('fragment/en_old.pf_fragment', 'o'),
      ],
      path.join(dir, 'first'),
      keep,
    );
    const outcome = await writeSearchFiles(
      [
        file('pagefind.js', 'js'),
        file('entry.json', 'v2'),
        file('fragment/en_new.pf_fragment', 'n'),
      ],
      path.join(dir, 'second'),
      keep,
    );
    expect(outcome).toEqual({ kept: 1, written: 2 });
    // The unchanged file is one file on disk, shared by both sites and the keep folder.
    expect(await inode(path.join(dir, 'second/pagefind.js'))).toBe(
      await inode(path.join(dir, 'first/pagefind.js')),
    );
    // A changed file replaces the kept one by a rename: the first site keeps its bytes.
    expect(await readFile(path.join(dir, 'first/entry.json'), 'utf8')).toBe('v1');
    expect(await readFile(path.join(dir, 'second/entry.json'), 'utf8')).toBe('v2');
    expect(existsSync(path.join(keep, 'fragment/en_old.pf_fragment'))).toBe(false);
    expect(existsSync(path.join(dir, 'first/fragment/en_old.pf_fragment'))).toBe(true);
    expect(existsSync(path.join(dir, 'second/fragment/en_old.pf_fragment'))).toBe(false);
  });
});
