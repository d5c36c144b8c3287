import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOAD_LIMITS } from '../../../src/core/load/parse-source-doc.ts';
import { readDocs } from '../../../src/core/load/read-docs.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'statusdocs-read-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const options = { include: ['**/*.md'], exclude: [], limits: DEFAULT_LOAD_LIMITS };

describe('readDocs', () => {
  it('finds docs in dot folders, skips node_modules, .git and dist, sorts by path', async () => {
    const root = tree({
      'b.md': '# B',
      'a/z.md': '# Z',
      '.agents/archive/X_COMPLETED_20251209.md': '# X',
      'node_modules/pkg/README.md': '# no',
      '.git/info.md': '# no',
      'dist/index.md': '# no',
      'notes.txt': 'no',
    });
    const docs = await readDocs(root, options);
    expect(docs.map((doc) => doc.path)).toEqual([
      '.agents/archive/X_COMPLETED_20251209.md',
      'a/z.md',
      'b.md',
    ]);
  });

  it('honours include and exclude globs', async () => {
    const root = tree({ 'a.md': '# A', 'drafts/b.md': '# B', 'c.markdown': '# C' });
    const docs = await readDocs(root, {
      ...options,
      include: ['**/*.md', '**/*.markdown'],
      exclude: ['drafts/**'],
    });
    expect(docs.map((doc) => doc.path)).toEqual(['a.md', 'c.markdown']);
  });

  it('does not follow a symbolic link out of the root', async () => {
    const outside = tree({ 'secret.md': '# Secret' });
    const root = tree({ 'a.md': '# A' });
    symlinkSync(outside, path.join(root, 'linked'));
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'secret-link.md'));
    const docs = await readDocs(root, options);
    expect(docs.map((doc) => doc.path)).toEqual(['a.md']);
  });

  it('turns an unreadable file into a diagnostic and still reads the others', async () => {
    const root = tree({ 'a.md': '# A', 'locked.md': '# Locked' });
    chmodSync(path.join(root, 'locked.md'), 0o000);
    const docs = await readDocs(root, options);
    expect(docs.map((doc) => doc.path)).toEqual(['a.md', 'locked.md']);
    // Root can read anything; elsewhere the locked file gets a message.
    const locked = docs[1];
    if (process.getuid?.() !== 0) {
      expect(locked?.file.messages[0]?.reason).toMatch(/^Cannot read `locked.md`: EACCES/);
    }
  });

  it('skips files over the size limit without reading them', async () => {
    const root = tree({ 'big.md': 'x'.repeat(200), 'small.md': '# S' });
    const docs = await readDocs(root, {
      ...options,
      limits: { ...DEFAULT_LOAD_LIMITS, maxFileSize: 100 },
    });
    expect(docs[0]?.file.messages.map((m) => m.ruleId)).toEqual(['file-too-large']);
    expect(docs[1]?.file.messages).toEqual([]);
  });
});
