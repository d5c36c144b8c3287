import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import statusdocs from '../../src/site/integration.ts';
import { findBrokenLinks } from './crawl-site.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const content = path.join(repoRoot, 'test/fixtures/site-basic/content');
// missing-date and missing-title are opt-in; this config turns them on, so the
// fixture has warnings to show (one doc with two).
const configFile = path.join(repoRoot, 'test/fixtures/site-basic/opt-in-rules.config.json');

let work: string;
let outDir: string;
const pages = new Map<string, string>();

/** Every `.html` file under `dir`, as paths relative to it with `/` separators. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'statusdocs-site-'));
  outDir = path.join(work, 'dist');
  process.env.STATUSDOCS_TODAY = '2026-02-15';
  await build({
    root: repoRoot,
    configFile: false,
    srcDir: './src/site',
    outDir,
    // Keep the project's content cache and dist untouched.
    cacheDir: path.join(work, 'cache'),
    logLevel: 'error',
    // The fixture's history is this repository's: left out, so a tag here cannot change the pages.
    integrations: [statusdocs({ content, configFile, failOn: 'never', history: false })],
  });
  for (const file of await htmlFiles(outDir)) {
    pages.set(file, await readFile(path.join(outDir, file), 'utf8'));
  }
}, 60_000);

afterAll(async () => {
  delete process.env.STATUSDOCS_TODAY;
  await rm(work, { recursive: true, force: true });
});

describe('astro build of a content folder', () => {
  it('counts findings in words: one warning, two warnings', () => {
    const dashboard = pages.get('index.html') ?? '';
    expect(dashboard).toContain('<span class="pill pill-warning">1 warning</span>');
    expect(dashboard).toContain('<span class="pill pill-warning">2 warnings</span>');
  });

  it('writes the dashboard, the index, a page per doc and the 404 page', () => {
    expect([...pages.keys()].sort()).toEqual([
      '404.html',
      'archive/index.html',
      'changelog/index.html',
      'docs/index.html',
      'docs/plans/plan/index.html',
      'docs/reports/loose-notes/index.html',
      'docs/reports/sprint_1/index.html',
      'docs/status/index.html',
      'graph/index.html',
      'index.html',
      'owners/ada-lovelace/index.html',
      'owners/index.html',
      'plans/index.html',
      'search/index.html',
      'tags/index.html',
      'timeline/index.html',
      'v/index.html',
    ]);
  });

  it('renders the body sanitized, with links rewritten and GitHub heading ids', () => {
    const status = pages.get('docs/status/index.html') ?? '';
    expect(status).toContain('href="/docs/plans/plan/#phase-1-setup"');
    expect(status).toContain('href="/docs/reports/sprint_1/"');
    expect(status).toContain('id="notes-1"');
    expect(status).toContain('<details><summary>Raw HTML</summary>');
    expect(status).not.toMatch(/alert\(|onerror|javascript:/);
    // No client-side JavaScript at all.
    expect(status).not.toContain('<script');
  });

  it('shows a doc’s findings with line and column', () => {
    const notes = pages.get('docs/reports/loose-notes/index.html') ?? '';
    expect(notes).toContain('reports/loose-notes.md:1:1');
    expect(notes).toContain('missing-date');
  });

  it('lists the doc with findings under "Needs attention" on the dashboard', () => {
    const home = pages.get('index.html') ?? '';
    expect(home).toContain('Needs attention');
    expect(home).toContain('href="/docs/reports/loose-notes/"');
  });

  it('has no internal link or fragment that leads nowhere', async () => {
    expect(await findBrokenLinks(outDir)).toEqual([]);
  });

  it('fails before building when failOn is reached, with the CLI report', async () => {
    const failing = build({
      root: repoRoot,
      configFile: false,
      srcDir: './src/site',
      outDir: path.join(work, 'failed'),
      cacheDir: path.join(work, 'cache'),
      logLevel: 'silent',
      integrations: [statusdocs({ content, configFile, failOn: 'warning' })],
    });
    await expect(failing).rejects.toThrow('0 errors and 3 warnings in the docs (failOn: warning)');
    expect(existsSync(path.join(work, 'failed'))).toBe(false);
  });
});
