import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../site/crawl-site.ts';
import { FIXTURES, runCli } from './run-cli.ts';

// Each build spawns a full site build; slow on a busy machine, never timed.
const BUILD_TIMEOUT = 60_000;

let cwd: string;
let env: Record<string, string>;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'statusdocs-incremental-'));
  await cp(path.join(FIXTURES, 'site-basic/content'), path.join(cwd, 'docs'), {
    recursive: true,
  });
  env = { STATUSDOCS_CACHE_DIR: path.join(cwd, 'cache') };
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const build = (out: string, ...extra: string[]): number | null =>
  runCli(['build', 'docs', '--out', out, '--fail-on', 'never', ...extra], { cwd, env }).code;

/** Astro's cache of the project, in the private cache folder. */
async function astroCache(): Promise<string> {
  const [key] = await readdir(path.join(cwd, 'cache/astro'));
  return path.join(cwd, 'cache/astro', key ?? '');
}

/** The copy of a built page in Astro's incremental cache. */
async function cachedPage(page: string): Promise<string> {
  return path.join(await astroCache(), 'dist', page);
}

describe('statusdocs build after an edit (incremental static build)', () => {
  it(
    'renders the edited doc’s page again and copies the others, giving the site a build from scratch gives',
    async () => {
      expect(build('first')).toBe(0);
      await appendFile(path.join(cwd, 'docs/plans/plan.md'), '\nA line added since.\n');
      expect(build('second')).toBe(0);
      expect(build('scratch', '--no-cache')).toBe(0);
      const files = await filesUnder(path.join(cwd, 'second'), ['']);
      expect(await filesUnder(path.join(cwd, 'scratch'), [''])).toEqual(files);
      const differing: string[] = [];
      for (const file of files) {
        const [a, b] = await Promise.all([
          readFile(path.join(cwd, 'second', file)),
          readFile(path.join(cwd, 'scratch', file)),
        ]);
        if (!a.equals(b)) differing.push(file);
      }
      expect(differing).toEqual([]);
      // Vite's dependency cache is kept beside Astro's, not in a shared node_modules.
      expect(existsSync(path.join(await astroCache(), 'vite'))).toBe(true);
      expect(await readFile(path.join(cwd, 'second/docs/plans/plan/index.html'), 'utf8')).toContain(
        'A line added since.',
      );
      // Pages copied from the cache are hard links to its copies, not new files;
      // a page rendered again gets a new file, leaving the first build's page as it was.
      const inode = async (file: string): Promise<number> => (await stat(file)).ino;
      expect(await inode(path.join(cwd, 'second/docs/status/index.html'))).toBe(
        await inode(await cachedPage('docs/status/index.html')),
      );
      expect(
        await readFile(path.join(cwd, 'first/docs/plans/plan/index.html'), 'utf8'),
      ).not.toContain('A line added since.');

      // An unchanged doc's page comes from the cache, not from rendering:
      // a mark put into its cached copy, its size and time kept, shows up in the next build.
      const unchanged = await cachedPage('docs/status/index.html');
      const stamp = path.join(cwd, 'stamp');
      execFileSync('cp', ['-p', unchanged, stamp]);
      const html = await readFile(unchanged, 'utf8');
      expect(html).toContain('</html>');
      await writeFile(unchanged, html.replace('</html>', '<!---->'));
      execFileSync('touch', ['-r', stamp, unchanged]);
      await appendFile(path.join(cwd, 'docs/plans/plan.md'), '\nAnd one more.\n');
      expect(build('third')).toBe(0);
      expect(await readFile(path.join(cwd, 'third/docs/status/index.html'), 'utf8')).toContain(
        '<!---->',
      );
      expect(await readFile(path.join(cwd, 'third/docs/plans/plan/index.html'), 'utf8')).toContain(
        'And one more.',
      );

      // A step that edits an output page in place edits the linked cached copy
      // too; the next build sees its time changed and renders that page again.
      const output = path.join(cwd, 'third/docs/status/index.html');
      await writeFile(output, '<p>minified by a later step</p>');
      await appendFile(path.join(cwd, 'docs/plans/plan.md'), '\nAnd a last one.\n');
      expect(build('fourth')).toBe(0);
      const page = await readFile(path.join(cwd, 'fourth/docs/status/index.html'), 'utf8');
      expect(page).not.toContain('minified by a later step');
      expect(page).toBe(await readFile(path.join(cwd, 'scratch/docs/status/index.html'), 'utf8'));
    },
    5 * BUILD_TIMEOUT,
  );
});
