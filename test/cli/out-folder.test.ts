import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOutFolder, SITE_MARK } from '../../src/cli/commands/out-folder.ts';

async function repo(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'statusdocs-outfolder-'));
  await mkdir(path.join(root, '.git'));
  await mkdir(path.join(root, 'notes'));
  await writeFile(path.join(root, 'notes/plan.md'), '# Plan\n');
  return root;
}

describe('an --out inside the content root (docs at the top of the repository)', () => {
  it('is allowed while it holds no doc: new, empty, or a site statusdocs built', async () => {
    const root = await repo();
    const guard = { contentRoot: root, cwd: root, force: false };
    expect(await resolveOutFolder(path.join(root, 'site'), guard)).toBe(path.join(root, 'site'));
    await mkdir(path.join(root, 'empty'));
    expect(await resolveOutFolder(path.join(root, 'empty'), guard)).toBe(path.join(root, 'empty'));
    await mkdir(path.join(root, 'built'));
    await writeFile(path.join(root, 'built', SITE_MARK), '');
    await writeFile(path.join(root, 'built', 'index.html'), '');
    expect(await resolveOutFolder(path.join(root, 'built'), guard)).toBe(path.join(root, 'built'));
  });

  it('is refused, even with --force-out, when it holds anything else', async () => {
    const root = await repo();
    for (const force of [false, true]) {
      await expect(
        resolveOutFolder(
          path.join(root, 'notes'),
          { contentRoot: root, cwd: root, force },
          'notes',
        ),
      ).rejects.toThrow(
        '--out `notes` is inside the content root, and a build replaces the folder',
      );
    }
  });
});
