import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * statusdocs as a user gets it: `npm pack`, then the tarball installed from
 * the registry into a temporary repository with its own package.json (none
 * of our devDependencies), then the CLI, a plain Astro site with its own
 * home and 404 pages, and a Starlight site, each with the integration. One
 * install serves every assertion; it needs the npm registry.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NODE_BIN = path.dirname(process.execPath);
/** Runs on the Node running the tests (24), for npm too. */
const ENV = {
  ...process.env,
  PATH: `${NODE_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ASTRO_TELEMETRY_DISABLED: '1',
  STATUSDOCS_TODAY: '2026-11-21',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
const MINUTES = 60_000;
/** The budget for a check-only install. */
const CHECK_ONLY_BUDGET = 40 * 1024 * 1024;

let work: string;
let user: string;
let tarball: string;

function sh(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: ENV, encoding: 'utf8', timeout: 8 * MINUTES });
}

function ok(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const run = sh(command, args, cwd);
  if (run.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${run.status}:\n${run.stdout}\n${run.stderr}`,
    );
  }
  return run;
}

function statusdocs(args: string[], cwd: string = user): SpawnSyncReturns<string> {
  return sh(process.execPath, [path.join(user, 'node_modules/.bin/statusdocs'), ...args], cwd);
}

function astroBuild(root: string): SpawnSyncReturns<string> {
  return ok(process.execPath, [path.join(user, 'node_modules/.bin/astro'), 'build'], root);
}

/** Apparent size of a folder's files, in bytes. */
function folderSize(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/**
 * Warnings a build printed about statusdocs or about routes, collections or
 * output that collide (Astro's router warns of a route defined twice).
 * Starlight's own notes on a minimal site (no `i18n` collection, no 404
 * entry, no `site` for the sitemap) are not ours.
 */
function collisions(run: SpawnSyncReturns<string>): string[] {
  return `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter(
      (line) =>
        /collid|collision|conflict|overrid|already (?:exists|defined)/i.test(line) ||
        (line.includes('[WARN]') && /\[router\]|statusdocs|pagefind|\/status\//i.test(line)),
    );
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'statusdocs-installed-'));
  const packed = ok('npm', ['pack', '--pack-destination', work, '--json'], REPO);
  const [info] = JSON.parse(packed.stdout) as { filename: string }[];
  tarball = path.join(work, info?.filename ?? '');

  user = path.join(work, 'user-repo');
  write(path.join(user, 'package.json'), JSON.stringify({ name: 'user-repo', private: true }));
  write(
    path.join(user, 'docs/api-status.md'),
    '---\ntitle: API status\nkind: status\nstatus: active\nowner: ana\nupdated: 2026-11-20\n---\n\n# API status\n\nThe [rollout plan](rollout-plan.md) is on track.\n',
  );
  write(
    path.join(user, 'docs/rollout-plan.md'),
    '---\ntitle: Rollout plan\nkind: plan\nstatus: planned\nowner: ana\nupdated: 2026-11-19\n---\n\n# Rollout plan\n\n- [x] Draft\n- [ ] Ship\n',
  );
  ok('git', ['init', '-q', '-b', 'main'], user);
  ok('npm', ['install', tarball], user);
}, 10 * MINUTES);

afterAll(async () => {
  // Astro, Starlight and their dependencies: thousands of files.
  if (work) await rm(work, { recursive: true, force: true });
}, 5 * MINUTES);

describe('the packed package, installed in a user repository', { timeout: 5 * MINUTES }, () => {
  it('ships compiled JavaScript, no tests, benches or sources', () => {
    const listing = ok('tar', ['tzf', tarball], work).stdout.split('\n').filter(Boolean);
    expect(listing).toContain('package/lib/cli/main.js');
    expect(listing).toContain('package/lib/site/astro.d.ts');
    expect(listing).toContain('package/lib/site/pages/index.astro');
    expect(
      listing.filter((file) => /^package\/(test|bench|src|\.ci|docs|content)\//.test(file)),
    ).toEqual([]);
    expect(listing.filter((file) => /\.test\.|\.png$/.test(file))).toEqual([]);
  });

  it('installs for check in under 40 MB, without Astro, Vite or Pagefind', () => {
    const modules = path.join(user, 'node_modules');
    const names = readdirSync(modules);
    expect(names).not.toContain('astro');
    expect(names).not.toContain('vite');
    expect(names).not.toContain('pagefind');
    expect(folderSize(modules)).toBeLessThanOrEqual(CHECK_ONLY_BUDGET);
  });

  it('runs check with no config and no folder, show, and the workflow init writes', () => {
    expect(statusdocs(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const check = statusdocs(['check']);
    expect([0, 1]).toContain(check.status);
    expect(check.stdout).toMatch(/2 docs/);
    const show = statusdocs(['show', 'docs/api-status.md']);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('API status');
    const init = statusdocs(['init']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(read(path.join(user, 'statusdocs.config.mjs'))).toContain("content: 'docs'");
    expect(read(path.join(user, '.gitignore'))).toContain('.statusdocs/');
    const workflowCheck = statusdocs(['check', '--format', 'github']);
    expect([0, 1]).toContain(workflowCheck.status);
    expect(statusdocs(['init']).status).toBe(0);
  });

  it('says in one line what to install before building without Astro', () => {
    const build = statusdocs(['build', '--out', 'site']);
    expect(build.status).toBe(2);
    expect(build.stderr).toBe(
      'statusdocs: `statusdocs build` needs `astro` and `pagefind`, which are not installed. Run `npm install -D astro pagefind` once, then build again.\n',
    );
  });

  describe('with the site toolchain installed', () => {
    beforeAll(() => {
      ok('npm', ['install', '-D', 'astro', 'pagefind', '@astrojs/starlight'], user);
    }, 10 * MINUTES);

    it('builds the status site', () => {
      const build = statusdocs(['build', '--out', 'site']);
      expect(build.stderr).toBe('');
      expect(build.status).toBe(0);
      expect(read(path.join(user, 'site/docs/api-status/index.html'))).toContain('API status');
      expect(statSync(path.join(user, 'site/pagefind/pagefind.js')).isFile()).toBe(true);
    });

    it('adds its pages under /status/ to a plain Astro site that keeps its own home and 404', () => {
      const host = path.join(user, 'host');
      write(
        path.join(host, 'src/pages/index.astro'),
        '<html><body><h1>Host home</h1></body></html>\n',
      );
      write(
        path.join(host, 'src/pages/404.astro'),
        '<html><body><h1>Host 404</h1></body></html>\n',
      );
      write(
        path.join(host, 'src/content.config.ts'),
        "import { statusdocsCollections } from 'statusdocs/astro';\n\nexport const collections = { ...statusdocsCollections };\n",
      );
      write(
        path.join(host, 'astro.config.mjs'),
        "import { defineConfig } from 'astro/config';\nimport statusdocs from 'statusdocs/astro';\n\nexport default defineConfig({ integrations: [statusdocs({ content: '../docs' })] });\n",
      );
      const build = astroBuild(host);
      expect(collisions(build)).toEqual([]);
      expect(build.stdout + build.stderr).not.toMatch(/\[WARN\]/);
      const dist = path.join(host, 'dist');
      expect(read(path.join(dist, 'index.html'))).toContain('Host home');
      expect(read(path.join(dist, '404.html'))).toContain('Host 404');
      expect(read(path.join(dist, 'status/index.html'))).toContain('href="/status/docs/"');
      expect(read(path.join(dist, 'status/docs/rollout-plan/index.html'))).toContain(
        'Rollout plan',
      );
      expect(statSync(path.join(dist, 'status/feed.xml')).isFile()).toBe(true);
      expect(statSync(path.join(dist, 'status/pagefind/pagefind.js')).isFile()).toBe(true);
      expect(readdirSync(dist).sort()).toEqual(['404.html', '_astro', 'index.html', 'status']);
    });

    it('adds its pages under /status/ to a Starlight site that keeps every page and its search', () => {
      const site = path.join(user, 'starlight');
      write(
        path.join(site, 'src/content/docs/index.md'),
        '---\ntitle: Handbook\n---\n\nWelcome to the handbook.\n',
      );
      write(
        path.join(site, 'src/content/docs/guides/setup.md'),
        '---\ntitle: Setup guide\n---\n\nInstall it.\n',
      );
      write(
        path.join(site, 'src/content.config.ts'),
        "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nimport { statusdocsCollections } from 'statusdocs/astro';\n\nexport const collections = {\n  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),\n  ...statusdocsCollections,\n};\n",
      );
      write(
        path.join(site, 'astro.config.mjs'),
        "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nimport statusdocs from 'statusdocs/astro';\n\nexport default defineConfig({\n  integrations: [starlight({ title: 'Handbook' }), statusdocs({ content: '../docs', base: '/status' })],\n});\n",
      );
      const build = astroBuild(site);
      expect(collisions(build)).toEqual([]);
      const dist = path.join(site, 'dist');
      expect(read(path.join(dist, 'index.html'))).toContain('Welcome to the handbook.');
      expect(read(path.join(dist, 'guides/setup/index.html'))).toContain('Install it.');
      expect(read(path.join(dist, '404.html'))).toContain('Handbook');
      expect(read(path.join(dist, 'status/docs/api-status/index.html'))).toContain('API status');
      expect(statSync(path.join(dist, 'pagefind/pagefind.js')).isFile()).toBe(true);
      expect(statSync(path.join(dist, 'status/pagefind/pagefind.js')).isFile()).toBe(true);
    });
  });
});
