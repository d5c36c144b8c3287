import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.ts';
import { assertSiteToolchain, isInstalled } from '../../src/cli/commands/site-toolchain.ts';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function project(packages: string[]): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'statusdocs-toolchain-'));
  made.push(root);
  for (const name of packages) {
    await mkdir(path.join(root, 'node_modules', name), { recursive: true });
    await writeFile(path.join(root, 'node_modules', name, 'package.json'), '{}');
  }
  // statusdocs as a dependency: the lookup starts inside its own folder.
  const self = path.join(root, 'node_modules', 'statusdocs');
  await mkdir(self, { recursive: true });
  return self;
}

describe('assertSiteToolchain', () => {
  it('says in one line what to install when Astro and Pagefind are missing', async () => {
    const self = await project([]);
    expect(() => {
      assertSiteToolchain(self);
    }).toThrow(UsageError);
    expect(() => {
      assertSiteToolchain(self);
    }).toThrow('`statusdocs build` needs `astro` and `pagefind`, which are not installed');
  });

  it('names only the missing package', async () => {
    const self = await project(['astro']);
    expect(() => {
      assertSiteToolchain(self);
    }).toThrow('needs `pagefind`, which is not installed');
  });

  it('passes when both are installed beside statusdocs', async () => {
    const self = await project(['astro', 'pagefind']);
    expect(() => {
      assertSiteToolchain(self);
    }).not.toThrow();
    expect(isInstalled('astro', path.join(self, 'lib', 'cli'))).toBe(true);
    expect(isInstalled('vite-not-here', self)).toBe(false);
  });
});
