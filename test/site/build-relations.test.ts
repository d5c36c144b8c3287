import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import statusdocs from '../../src/site/integration.ts';
import { filesUnder, findBrokenLinks } from './crawl-site.ts';
import { RELATIONS_CONTENT } from './relations-views.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const BASE = '/team/';

let work: string;
let outDir: string;
const read = (file: string): Promise<string> => readFile(path.join(outDir, file), 'utf8');

/** A git repository holding the fixture, where `reports/sprint-two.md` was renamed to `reports/sprint-2.md`. */
async function gitFixture(dir: string): Promise<string> {
  const content = path.join(dir, 'content');
  await cp(RELATIONS_CONTENT, content, { recursive: true });
  await rename(
    path.join(content, 'reports/sprint-2.md'),
    path.join(content, 'reports/sprint-two.md'),
  );
  const git = (...args: string[]): void => {
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Test',
        '-c',
        'user.email=test@example.com',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd: dir, stdio: 'ignore' },
    );
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'docs');
  git('mv', 'content/reports/sprint-two.md', 'content/reports/sprint-2.md');
  git('commit', '-q', '-m', 'rename');
  return content;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'statusdocs-relations-'));
  outDir = path.join(work, 'dist');
  const content = await gitFixture(path.join(work, 'repo'));
  process.env.STATUSDOCS_TODAY = '2026-03-21';
  await build({
    root: repoRoot,
    configFile: false,
    srcDir: './src/site',
    outDir,
    base: BASE,
    cacheDir: path.join(work, 'cache'),
    logLevel: 'error',
    // The fixture's history is this repository's: left out, so a tag here cannot change the pages.
    integrations: [statusdocs({ content, failOn: 'never', history: false })],
  });
}, 60_000);

afterAll(async () => {
  delete process.env.STATUSDOCS_TODAY;
  await rm(work, { recursive: true, force: true });
});

describe('astro build of docs with plans, handoffs, an archive and renames', () => {
  it('writes every page: docs, redirects, plans, timeline, archive, graph, listings, search, feed', async () => {
    const files = await filesUnder(outDir, ['.html', '.xml']);
    expect(files).toEqual([
      '404.html',
      'archive/index.html',
      'changelog.xml',
      'changelog/index.html',
      'docs/archive/interim/index.html',
      'docs/handoffs/h1/index.html',
      'docs/handoffs/h2/index.html',
      'docs/index.html',
      'docs/notes/index.html',
      'docs/plans/rollout/index.html',
      'docs/reports/first-sprint/index.html',
      'docs/reports/sprint-1/index.html',
      'docs/reports/sprint-2/index.html',
      'docs/reports/sprint-two/index.html',
      'docs/status/index.html',
      'feed.xml',
      'graph/index.html',
      'index.html',
      'owners/ada-lovelace/index.html',
      'owners/grace-hopper/index.html',
      'owners/index.html',
      'plans/index.html',
      'search/index.html',
      'tags/index.html',
      'tags/rollout/index.html',
      'tags/sprint/index.html',
      'tags/status/index.html',
      'timeline/index.html',
      'v/index.html',
    ]);
  });

  it('has no internal link, redirect or feed link that leads nowhere, fragments included', async () => {
    expect(await findBrokenLinks(outDir, BASE)).toEqual([]);
  });

  it('redirects aliases and git renames from their old URLs', async () => {
    const renamed = await read('docs/reports/sprint-two/index.html');
    expect(renamed).toContain(
      '<meta http-equiv="refresh" content="0; url=/team/docs/reports/sprint-2/">',
    );
    expect(renamed).toContain('<link rel="canonical" href="/team/docs/reports/sprint-2/">');
    expect(renamed).toContain(
      '<code>reports/sprint-two.md</code> is now <a href="/team/docs/reports/sprint-2/">Sprint 2 Report</a>',
    );
    expect(await read('docs/reports/first-sprint/index.html')).toContain(
      'url=/team/docs/reports/sprint-1/',
    );
  });

  it('shows the superseded banner, handoff navigation and backlinks on doc pages', async () => {
    const interim = await read('docs/archive/interim/index.html');
    expect(interim).toMatch(
      /class="banner banner-superseded" role="note"[^>]*>This doc is superseded by <a href="\/team\/docs\/reports\/sprint-2\/">Sprint 2 Report<\/a>/,
    );
    const h1 = await read('docs/handoffs/h1/index.html');
    expect(h1).toContain(
      '<nav class="doc-nav" aria-label="Handoff chain" data-pagefind-ignore="all">',
    );
    expect(h1).toContain('href="/team/docs/handoffs/h2/" rel="next"');
    const sprint1 = await read('docs/reports/sprint-1/index.html');
    expect(sprint1).toMatch(
      /Linked from[\s\S]*<a href="\/team\/docs\/reports\/sprint-2\/">Sprint 2 Report<\/a>/,
    );
    expect(sprint1).toContain('<a href="/team/tags/rollout/">Rollout</a>');
    expect(sprint1).toContain('<article class="doc" data-pagefind-body>');
  });

  it('draws sparklines on the dashboard and the graph as static SVG, with no script', async () => {
    const home = await read('index.html');
    expect(home).toContain(
      'aria-label="Coverage over 3 dates: 55% (1 Feb 2026), 61% (1 Mar 2026), 64% (20 Mar 2026)"',
    );
    const graph = await read('graph/index.html');
    expect(graph).toContain('<svg class="graph" viewBox="0 0 864 246"');
    expect(graph).toContain('<title id="graph-title">Relations between 6 docs</title>');
    for (const page of [home, graph, await read('plans/index.html')]) {
      expect(page).not.toContain('<script');
    }
  });

  it('rolls plans up with their reports', async () => {
    const plans = await read('plans/index.html');
    expect(plans).toContain('<a href="/team/docs/plans/rollout/">Rollout Plan</a>');
    expect(plans).toMatch(/<dt>Completion<\/dt>\s*<dd>\s*<span class="rollup-value">50%<\/span>/);
    expect(plans).toMatch(
      /<dt>Docs under this plan<\/dt>\s*<dd>\s*<span class="rollup-value">4<\/span>/,
    );
  });

  it('indexes doc pages for search and serves Pagefind’s UI with a plain fallback', async () => {
    const search = await read('search/index.html');
    expect(search).toContain('<script src="/team/pagefind/pagefind-ui.js"></script>');
    expect(search).toContain(
      '<form class="header-search" role="search" action="/team/search/" method="get">',
    );
    expect(search).toMatch(
      /<noscript>[\s\S]*href="\/team\/docs\/reports\/sprint-2\/"[\s\S]*<\/noscript>/,
    );
    expect(existsSync(path.join(outDir, 'pagefind/pagefind-entry.json'))).toBe(true);
    const entry = JSON.parse(await read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en?.page_count).toBe(8);
  });

  it('links the Atom feed from every page', async () => {
    expect(await read('timeline/index.html')).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Project status (Atom)" href="/team/feed.xml">',
    );
    const feed = await read('feed.xml');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="/team/docs/status/"/>');
    expect(feed.match(/<entry>/g)).toHaveLength(7);
  });
});
