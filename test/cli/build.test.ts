import { existsSync } from 'node:fs';
import {
  appendFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../site/crawl-site.ts';
import { FIXTURES, runCli, type CliRun } from './run-cli.ts';

// Each test spawns a full site build; they are slow on a busy machine, never timed.
const BUILD_TIMEOUT = 60_000;

let work: string;
let env: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'statusdocs-cli-build-'));
  env = { STATUSDOCS_CACHE_DIR: path.join(work, 'cache') };
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('statusdocs build', () => {
  it(
    'builds a folder into --out, prints the check report, and leaves no temp folder',
    async () => {
      const out = path.join(work, 'basic');
      const run = runCli(['build', 'site-basic/content', '--out', out, '--fail-on', 'never'], {
        env,
      });
      const check = runCli(['check', 'site-basic/content']);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(`${check.stdout}Built the site of 4 docs into ${out}/\n`);
      expect(run.code).toBe(0);
      expect(existsSync(path.join(out, 'index.html'))).toBe(true);
      expect(existsSync(path.join(out, 'docs/status/index.html'))).toBe(true);
      expect(existsSync(path.join(out, 'pagefind/pagefind-ui.js'))).toBe(true);
      expect((await readdir(work)).filter((name) => name.startsWith('.'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  it(
    'writes byte-identical output on a second build, replacing what was there',
    async () => {
      const first = path.join(work, 'basic');
      const second = path.join(work, 'again');
      await mkdir(second, { recursive: true });
      // A site statusdocs built before (it holds the mark), with a file left over.
      await writeFile(path.join(second, '.statusdocs-site'), '');
      await writeFile(path.join(second, 'stale.html'), 'left over');
      const run = runCli(['build', 'site-basic/content', '--out', second, '--fail-on', 'never'], {
        env,
      });
      expect(run.code).toBe(0);
      const files = await filesUnder(first, ['']);
      expect(await filesUnder(second, [''])).toEqual(files);
      const differing: string[] = [];
      for (const file of files) {
        const [a, b] = await Promise.all([
          readFile(path.join(first, file)),
          readFile(path.join(second, file)),
        ]);
        if (!a.equals(b)) differing.push(file);
      }
      expect(differing).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  it(
    'keeps the check cache in .statusdocs/cache where it runs, as check does, unless --no-cache',
    async () => {
      const content = path.join(FIXTURES, 'site-basic/content');
      const cached = await mkdtemp(path.join(work, 'cwd-'));
      const uncached = await mkdtemp(path.join(work, 'cwd-'));
      const args = (out: string): string[] => [
        'build',
        content,
        '--out',
        out,
        '--fail-on',
        'never',
      ];
      expect(runCli(args('out'), { cwd: cached, env }).code).toBe(0);
      expect(runCli([...args('out'), '--no-cache'], { cwd: uncached, env }).code).toBe(0);
      const cacheFiles = await readdir(path.join(cached, '.statusdocs/cache'));
      expect(cacheFiles.filter((name) => /^check-[0-9a-f]{16}\.json$/.test(name))).toHaveLength(1);
      expect(existsSync(path.join(uncached, '.statusdocs'))).toBe(false);
    },
    2 * BUILD_TIMEOUT,
  );

  it(
    'builds from a folder with no node_modules above it into an --out outside that folder',
    async () => {
      const cwd = await mkdtemp(path.join(work, 'cwd-'));
      await cp(path.join(FIXTURES, 'site-basic/content'), path.join(cwd, 'docs'), {
        recursive: true,
      });
      const out = path.join(work, 'outside-out');
      const run = runCli(['build', 'docs', '--out', out, '--fail-on', 'never'], { cwd, env });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(existsSync(path.join(out, 'index.html'))).toBe(true);
      expect(existsSync(path.join(cwd, '.astro'))).toBe(false);
      expect(existsSync(path.join(out, '.statusdocs-site'))).toBe(true);
    },
    BUILD_TIMEOUT,
  );

  it(
    'leaves a site whose inputs did not change as it is, and rebuilds after an edit or with --force',
    async () => {
      const cwd = await mkdtemp(path.join(work, 'cwd-'));
      const content = path.join(cwd, 'docs');
      await cp(path.join(FIXTURES, 'site-basic/content'), content, { recursive: true });
      const build = (...extra: string[]): CliRun =>
        runCli(['build', 'docs', '--out', 'site', '--fail-on', 'never', ...extra], { cwd, env });
      const built = 'Built the site of 4 docs into site/\n';
      const upToDate =
        'The site in site/ is up to date: no doc, config or git change since it was built (--force rebuilds)\n';
      expect(build().stdout).toContain(built);
      const index = path.join(cwd, 'site/index.html');
      const before = (await stat(index)).mtimeMs;
      expect(build().stdout).toContain(upToDate);
      expect((await stat(index)).mtimeMs).toBe(before);
      expect(build('--force').stdout).toContain(built);
      const [doc] = (await readdir(content, { recursive: true })).filter((name) =>
        name.endsWith('.md'),
      );
      await appendFile(path.join(content, doc ?? ''), '\nOne more line.\n');
      expect(build().stdout).toContain(built);
      expect(build().stdout).toContain(upToDate);
      // A same-size edit whose modification time is put back (`cp -p`, `rsync -a`).
      const file = path.join(content, doc ?? '');
      const { mtime, atime } = await stat(file);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace('One more line.', 'One more LINE.'));
      await utimes(file, atime, mtime);
      expect(build().stdout).toContain(built);
    },
    5 * BUILD_TIMEOUT,
  );

  it('stops with exit 1 and the check report when findings reach --fail-on, keeping the old output', async () => {
    const out = path.join(work, 'basic');
    const before = await readFile(path.join(out, 'index.html'));
    // missing-date is opt-in; the config turns it on, so this content has warnings.
    const config = ['--config', 'missing-date-on.config.json'];
    const run = runCli(
      ['build', 'site-basic/content', '--out', out, '--fail-on', 'warning', ...config],
      { env },
    );
    expect(run.stdout).toBe(runCli(['check', 'site-basic/content', ...config]).stdout);
    expect(run.stderr).toBe(
      `statusdocs: build stopped: 0 errors and 3 warnings (--fail-on warning); ${out}/ is unchanged. ` +
        'See why with `statusdocs check site-basic/content/`, or build anyway with `--fail-on never`.\n',
    );
    expect(run.code).toBe(1);
    expect((await readFile(path.join(out, 'index.html'))).equals(before)).toBe(true);
  });

  it('fails on errors by default', () => {
    const run = runCli(['build', 'cli-mixed-problems', '--out', path.join(work, 'mixed')], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^statusdocs: build stopped: \d+ errors? and \d+ warnings? \(--fail-on error\)/,
    );
    expect(run.stderr).toMatch(
      / See why with `statusdocs check cli-mixed-problems\/`, or build anyway with `--fail-on never`\.\n$/,
    );
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(path.join(work, 'mixed'))).toBe(false);
  });

  it(
    'builds the five seeds with --fail-on never',
    () => {
      const out = path.join(work, 'seeds');
      const run = runCli(
        ['build', 'seeds', '--out', out, '--fail-on', 'never', '--base', '/seeds'],
        {
          env,
        },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.endsWith(`Built the site of 5 docs into ${out}/\n`)).toBe(true);
      expect(run.code).toBe(0);
      expect(existsSync(path.join(out, 'docs/004_7fac2de8baaf4b66/index.html'))).toBe(true);
    },
    BUILD_TIMEOUT,
  );

  it.each([
    [
      ['--fail-on', 'sometimes'],
      'statusdocs: Unknown --fail-on level `sometimes`. Use error, warning or never.\n',
    ],
    [
      ['--base', 'team'],
      'statusdocs: --base must be a path starting with `/`, not `team`. Use e.g. --base /status/.\n',
    ],
  ])('rejects %j with exit 2', (args, message) => {
    const run = runCli(['build', 'site-basic/content', ...args]);
    expect(run.stderr).toBe(message);
    expect(run.code).toBe(2);
  });

  it('refuses an output folder that holds the docs', () => {
    const run = runCli(['build', 'site-basic/content', '--out', 'site-basic']);
    expect(run.stderr).toBe(
      'statusdocs: --out `site-basic` holds the content root, and a build replaces the folder. Pass a separate folder with --out, e.g. --out site.\n',
    );
    expect(run.code).toBe(2);
  });
});
