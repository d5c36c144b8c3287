import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

// Each build spawns a full site build; slow on a busy machine, never timed.
const BUILD_TIMEOUT = 90_000;

let repo: string;
let env: Record<string, string>;

/** A user's repository: docs, a README, source code and git history. */
beforeAll(async () => {
  const base = await mkdtemp(path.join(tmpdir(), 'statusdocs-out-'));
  repo = path.join(base, 'repo');
  await mkdir(path.join(repo, 'docs/plans'), { recursive: true });
  await mkdir(path.join(repo, 'src'));
  await writeFile(path.join(repo, 'docs/status.md'), '# Status\n\n**Date**: 2026-11-01\n');
  await writeFile(path.join(repo, 'docs/plans/plan.md'), '# Plan\n\n**Date**: 2026-11-01\n');
  await writeFile(path.join(repo, 'README.md'), '# Project\n');
  await writeFile(path.join(repo, 'src/index.js'), 'export {};\n');
  await mkdir(path.join(base, 'sibling'));
  await writeFile(path.join(base, 'sibling/keep.txt'), 'keep\n');
  spawnSync('git', ['init', '-q'], { cwd: repo });
  env = { STATUSDOCS_CACHE_DIR: path.join(base, 'cache') };
});

afterAll(async () => {
  await rm(path.dirname(repo), { recursive: true, force: true });
});

const build = (...args: string[]): ReturnType<typeof runCli> =>
  runCli(['build', 'docs', '--fail-on', 'never', ...args], { cwd: repo, env });

describe('build --out never removes what statusdocs did not make', () => {
  it.each([
    [['--out', 'docs/plans'], '`docs/plans` is inside the content root'],
    [['--out', '.git'], '`.git` is inside a `.git` folder'],
    [['--out', '.git', '--force-out'], '`.git` is inside a `.git` folder'],
    [['--out', '.git/objects'], '`.git/objects` is inside a `.git` folder'],
    [['--out', '.'], '`.` holds the content root'],
    [['--out', '..', '--force-out'], '`..` holds the content root'],
    [['--out', 'docs', '--force-out'], '`docs` is inside the content root'],
  ])('refuses %j in one line with exit 2', (args, reason) => {
    const run = build(...args);
    expect(run.stderr).toBe(
      `statusdocs: --out ${reason}, and a build replaces the folder. Pass a separate folder with --out, e.g. --out site.\n`,
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it.each([[['--out', 'README.md']], [['--out', 'README.md', '--force-out']]])(
    'refuses a file as %j',
    (args) => {
      const run = build(...args);
      expect(run.stderr).toBe(
        'statusdocs: --out `README.md` is a file, not a folder. Pass a folder, e.g. --out site.\n',
      );
      expect(run.code).toBe(2);
    },
  );

  it.each([
    ['src', '`index.js`'],
    ['../sibling', '`keep.txt`'],
  ])('refuses the non-empty folder %s that it did not build, naming what is there', (out, seen) => {
    const run = build('--out', out);
    expect(run.stderr).toBe(
      `statusdocs: --out \`${out}\` holds files statusdocs did not build (${seen}), and a build replaces the folder. Pass a new or empty folder with --out, or add --force-out to replace it.\n`,
    );
    expect(run.code).toBe(2);
  });

  it('leaves every refused target as it was', async () => {
    expect(await readFile(path.join(repo, 'README.md'), 'utf8')).toBe('# Project\n');
    expect(await readdir(path.join(repo, 'src'))).toEqual(['index.js']);
    expect(await readdir(path.join(repo, 'docs/plans'))).toEqual(['plan.md']);
    expect(existsSync(path.join(repo, '.git/HEAD'))).toBe(true);
    expect(await readdir(path.join(path.dirname(repo), 'sibling'))).toEqual(['keep.txt']);
  });

  it('says in one line when the output folder cannot be made', () => {
    const run = build('--out', 'README.md/site');
    expect(run.stderr).toMatch(
      /^statusdocs: Cannot build beside the output folder: `.*README\.md` cannot be made or written \(E[A-Z]+\)\. Pass an --out whose parent folder you can write\.\n$/,
    );
    expect(run.code).toBe(2);
  });

  it(
    'replaces a foreign folder with --force-out, without network, settings in $HOME, or a writable $HOME',
    async () => {
      const config = path.join(path.dirname(repo), 'xdg-config');
      const home = path.join(path.dirname(repo), 'home-is-a-file');
      await writeFile(home, '');
      await mkdir(path.join(repo, 'old-site'));
      await writeFile(path.join(repo, 'old-site/page.html'), 'hand-made');
      const run = runCli(
        ['build', 'docs', '--fail-on', 'never', '--out', 'old-site', '--force-out'],
        {
          cwd: repo,
          env: {
            HOME: home,
            XDG_CONFIG_HOME: config,
            XDG_CACHE_HOME: '',
            STATUSDOCS_CACHE_DIR: '',
          },
        },
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(existsSync(path.join(repo, 'old-site/index.html'))).toBe(true);
      expect(existsSync(path.join(repo, 'old-site/page.html'))).toBe(false);
      // Astro's telemetry is off: it neither wrote its settings nor asked the network.
      expect(existsSync(config)).toBe(false);
      // A second build needs no --force-out: the folder is statusdocs' own now.
      expect(build('--out', 'old-site').code).toBe(0);
    },
    2 * BUILD_TIMEOUT,
  );

  it(
    'builds into the target of a symbolic link, keeping the link',
    async () => {
      await mkdir(path.join(repo, 'published'));
      await symlink('published', path.join(repo, 'site-link'));
      const run = build('--out', 'site-link');
      expect(run.code).toBe(0);
      expect(lstatSync(path.join(repo, 'site-link')).isSymbolicLink()).toBe(true);
      expect(existsSync(path.join(repo, 'published/index.html'))).toBe(true);
      expect((await readdir(repo)).filter((name) => name.includes('.build-'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});
