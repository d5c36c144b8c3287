import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import statusdocs from '../../src/site/integration.ts';
import { SCRIPTED_HISTORY } from '../core/history/scripted-history.ts';
import { makeGitRepo, removeRepo } from '../helpers/git-repo.ts';
import { filesUnder, findBrokenLinks } from './crawl-site.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let work: string;
let repo: string;
const pages = new Map<string, string>();

/** Build `content` with the statusdocs config of `configRoot` into `<work>/<name>`. */
async function buildInto(name: string, content: string, configRoot: string): Promise<string> {
  const outDir = path.join(work, name);
  await build({
    root: repoRoot,
    configFile: false,
    srcDir: './src/site',
    outDir,
    cacheDir: path.join(work, `cache-${name}`),
    logLevel: 'error',
    integrations: [statusdocs({ content, configRoot, failOn: 'never' })],
  });
  return outDir;
}

/** The text of an HTML fragment: tags dropped, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `<details class="version-switcher">` of a page, as `label -> href` lines. */
function switcherOf(html: string): string[] {
  const details = /<details class="version-switcher"[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
  return [...details.matchAll(/<a href="([^"]*)"( aria-current="page")?>\s*([^<]*?)\s*<\/a>/g)].map(
    (match) => `${match[3]}${match[2] ? ' (current)' : ''} -> ${match[1]}`,
  );
}

/** The `<section … id="<version>">` of a changelog page, as text. */
function releaseText(html: string, version: string): string {
  const start = html.indexOf(`id="${version}"`);
  const end = html.indexOf('</section>', start);
  if (start < 0) return '';
  return textOf(html.slice(html.lastIndexOf('<section', start), end)).replace(
    /commit [0-9a-f]{7}/,
    'commit <commit>',
  );
}

let outDir: string;
let plainDir: string;
const plain = new Map<string, string>();

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'statusdocs-versions-'));
  repo = makeGitRepo(SCRIPTED_HISTORY);
  // Monthly snapshots besides the v* tags; the config is not committed, so history ignores it.
  await writeFile(
    path.join(repo, 'statusdocs.config.json'),
    JSON.stringify({ versions: { every: 'month' } }),
  );
  process.env.STATUSDOCS_TODAY = '2025-03-21';
  outDir = await buildInto('site', path.join(repo, 'content'), repo);
  for (const file of await filesUnder(outDir, ['.html', '.xml'])) {
    pages.set(file, await readFile(path.join(outDir, file), 'utf8'));
  }
  // The same docs outside any git repository.
  await cp(path.join(repo, 'content'), path.join(work, 'plain'), { recursive: true });
  plainDir = await buildInto('plain-site', path.join(work, 'plain'), work);
  for (const file of await filesUnder(plainDir, ['.html', '.xml'])) {
    plain.set(file, await readFile(path.join(plainDir, file), 'utf8'));
  }
}, 180_000);

afterAll(async () => {
  delete process.env.STATUSDOCS_TODAY;
  removeRepo(repo);
  await rm(work, { recursive: true, force: true });
});

describe('a site built from the scripted repository', () => {
  it('writes every version’s dashboard, docs index, doc pages and changelog', () => {
    const versioned = [...pages.keys()].filter((file) => file.startsWith('v/'));
    expect(versioned).toEqual([
      'v/2025-01/changelog/index.html',
      'v/2025-01/docs/index.html',
      'v/2025-01/docs/notes/scratch/index.html',
      'v/2025-01/docs/plans/auth-plan/index.html',
      'v/2025-01/docs/reports/week-1/index.html',
      'v/2025-01/docs/status/index.html',
      'v/2025-01/index.html',
      'v/2025-02/changelog/index.html',
      'v/2025-02/docs/index.html',
      'v/2025-02/docs/notes/scratch/index.html',
      'v/2025-02/docs/plans/auth/index.html',
      'v/2025-02/docs/reports/week-1/index.html',
      'v/2025-02/docs/status/index.html',
      'v/2025-02/index.html',
      'v/2025-03/changelog/index.html',
      'v/2025-03/docs/archive/week-1/index.html',
      'v/2025-03/docs/index.html',
      'v/2025-03/docs/plans/auth/index.html',
      'v/2025-03/docs/reports/summary/index.html',
      'v/2025-03/docs/status/index.html',
      'v/2025-03/index.html',
      'v/index.html',
      'v/v1/changelog/index.html',
      'v/v1/docs/index.html',
      'v/v1/docs/notes/scratch/index.html',
      'v/v1/docs/plans/auth-plan/index.html',
      'v/v1/docs/reports/week-1/index.html',
      'v/v1/docs/status/index.html',
      'v/v1/index.html',
      'v/v2/changelog/index.html',
      'v/v2/docs/archive/week-1/index.html',
      'v/v2/docs/index.html',
      'v/v2/docs/plans/auth/index.html',
      'v/v2/docs/reports/summary/index.html',
      'v/v2/docs/status/index.html',
      'v/v2/index.html',
    ]);
    expect(pages.has('changelog/index.html')).toBe(true);
    expect(pages.has('changelog.xml')).toBe(true);
  });

  it('keeps the reader on the renamed plan in every version, under the path it had then', () => {
    expect(switcherOf(pages.get('docs/plans/auth/index.html') ?? '')).toEqual([
      'latest (current) -> /docs/plans/auth/',
      'v2 -> /v/v2/docs/plans/auth/',
      '2025-03 -> /v/2025-03/docs/plans/auth/',
      '2025-02 -> /v/2025-02/docs/plans/auth/',
      'v1 -> /v/v1/docs/plans/auth-plan/',
      '2025-01 -> /v/2025-01/docs/plans/auth-plan/',
    ]);
    expect(switcherOf(pages.get('v/v1/docs/plans/auth-plan/index.html') ?? '')).toEqual([
      'latest -> /docs/plans/auth/',
      'v2 -> /v/v2/docs/plans/auth/',
      '2025-03 -> /v/2025-03/docs/plans/auth/',
      '2025-02 -> /v/2025-02/docs/plans/auth/',
      'v1 (current) -> /v/v1/docs/plans/auth-plan/',
      '2025-01 -> /v/2025-01/docs/plans/auth-plan/',
    ]);
  });

  it('sends the switcher to a version’s dashboard when the doc was not there', () => {
    expect(switcherOf(pages.get('docs/reports/summary/index.html') ?? '')).toEqual([
      'latest (current) -> /docs/reports/summary/',
      'v2 -> /v/v2/docs/reports/summary/',
      '2025-03 -> /v/2025-03/docs/reports/summary/',
      '2025-02 -> /v/2025-02/',
      'v1 -> /v/v1/',
      '2025-01 -> /v/2025-01/',
    ]);
  });

  it('shows the doc as it was in v1, with a banner naming latest', () => {
    const plan = pages.get('v/v1/docs/plans/auth-plan/index.html') ?? '';
    expect(textOf(/<p class="banner banner-version"[\s\S]*?<\/p>/.exec(plan)?.[0] ?? '')).toBe(
      'You are viewing v1 (3 Feb 2025) — latest is v2 . What changed in v1',
    );
    expect(plan).toContain('<a href="/docs/plans/auth/">v2</a>');
    expect(plan).toContain('plans/auth-plan.md');
    expect(textOf(plan)).toContain('Active');
    expect(textOf(plan)).toContain('Log in with tokens.');
    const status = pages.get('v/v1/docs/status/index.html') ?? '';
    expect(status).toMatch(/<input[^>]*checked[^>]*>\s*Implement endpoints/);
    expect(status).toMatch(/<input(?![^>]*checked)[^>]*>\s*Write integration tests/);
  });

  it('gives the latest tracker a history section and trend charts', () => {
    const status = pages.get('docs/status/index.html') ?? '';
    const section =
      /<section class="section doc-history"[\s\S]*?<\/section>/.exec(status)?.[0] ?? '';
    expect(section).toContain(
      'aria-label="Coverage over 4 dates: 40% (6 Jan 2025), 42% (20 Jan 2025), 55% (5 Mar 2025), 61% (20 Mar 2025)"',
    );
    const revisions = [
      ...section.matchAll(
        /<li class="revision">([\s\S]*?)<\/li>\s*(?=<li class="revision">|<\/ol>)/g,
      ),
    ].map((match) => textOf(match[1] ?? '').replace(/ [0-9a-f]{7} /, ' <commit> '));
    expect(revisions).toEqual([
      '20 Mar 2025 Bob <commit> Edited Status 🟡 In Progress → ✅ Complete coverage 55% → 61% (+6) tasks 3/4 → 4/4 (+1) Completed: Ship v2',
      '5 Mar 2025 Alice <commit> Edited coverage 42% → 55% (+13) tasks 2/4 → 3/4 (+1) Completed: Write integration tests',
      '20 Jan 2025 Bob <commit> Edited coverage 40% → 42% (+2) tasks 1/4 → 2/4 (+1) Completed: Implement endpoints',
      '6 Jan 2025 Alice <commit> Created as STATUS.md',
    ]);
  });

  it('lists what changed in each release on the changelog page', () => {
    const changelog = pages.get('changelog/index.html') ?? '';
    expect(releaseText(changelog, 'v2')).toBe(
      'v2 - 2025-03-20 Changes since 2025-02 · commit <commit> ' +
        'Added Summary report ( reports/summary.md ) ' +
        'Changed API Status ( STATUS.md ) : status active → done; coverage 42% → 61% (+19); tasks 2/4 → 4/4 (+2) ' +
        'Completed: Write integration tests Completed: Ship v2 2025-03-20: Shipped v2 2025-03-04: Integration tests written ' +
        'Deprecated Week 1 report ( archive/week-1.md ) : archived from reports/week-1.md ; superseded by reports/summary.md ' +
        'Removed Scratch ( notes/scratch.md )',
    );
    expect(releaseText(changelog, '2025-02')).toBe(
      '2025-02 - 2025-02-25 Changes since v1 · commit <commit> ' +
        'Changed Auth plan ( plans/auth.md ) : renamed from plans/auth-plan.md ; status active → done; completion 20% → 100% (+80)',
    );
    expect(releaseText(changelog, 'v1')).toBe(
      'v1 - 2025-02-03 Changes since 2025-01 · commit <commit> No changes to the docs.',
    );
    expect(releaseText(changelog, '2025-01')).toBe(
      '2025-01 - 2025-01-20 The first version · commit <commit> ' +
        'Added API Status ( STATUS.md ) Scratch ( notes/scratch.md ) Auth plan ( plans/auth-plan.md ) Week 1 report ( reports/week-1.md )',
    );
    // The working tree is v2 as committed: no "Unreleased" section.
    expect(changelog).not.toContain('id="latest"');
    // Each doc links to its page in the version the release leads to; a removed doc to the one before.
    expect(changelog).toContain('<a href="/v/2025-02/docs/plans/auth/">Auth plan</a>');
    expect(changelog).toContain('<a href="/v/2025-02/docs/notes/scratch/">Scratch</a>');
  });

  it('has a per-version changelog page and an Atom feed of releases', () => {
    const v2 = pages.get('v/v2/changelog/index.html') ?? '';
    expect(releaseText(v2, 'v2')).toContain('v2 - 2025-03-20 Changes since 2025-02');
    const period = pages.get('v/2025-03/changelog/index.html') ?? '';
    expect(releaseText(period, '2025-03')).toContain('2025-03 - 2025-03-20 Changes since 2025-02');
    const feed = pages.get('changelog.xml') ?? '';
    expect([...feed.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1])).toEqual([
      'Project status releases',
      'v2 - 2025-03-20',
      '2025-02 - 2025-02-25',
      'v1 - 2025-02-03',
      '2025-01 - 2025-01-20',
    ]);
    expect(feed).toContain('<link href="/changelog/#v2"/>');
  });

  it('redirects the plan’s old path to its page, keeping the #fragment with JavaScript on', () => {
    const redirect = pages.get('docs/plans/auth-plan/index.html') ?? '';
    expect(redirect).toContain(
      '<noscript><meta http-equiv="refresh" content="0; url=/docs/plans/auth/"></noscript>',
    );
    expect(redirect).toContain(
      `<script>addEventListener('load', () => location.replace("/docs/plans/auth/" + location.hash));</script>`,
    );
  });

  it('has no internal link or fragment that leads nowhere', async () => {
    expect(await findBrokenLinks(outDir)).toEqual([]);
  });
});

describe('the same docs built without git', () => {
  it('shows no history section, switcher or versions, and says why on each doc page', () => {
    const status = plain.get('docs/status/index.html') ?? '';
    expect(status).not.toContain('doc-history');
    expect(status).not.toContain('version-switcher');
    expect(status).toContain('<code>git init</code>');
    expect(textOf(/<p class="muted small history-note"[\s\S]*?<\/p>/.exec(status)?.[0] ?? '')).toBe(
      'No history: The docs are not in a git repository, so history shows the working tree alone; run git init and commit to track them',
    );
    expect([...plain.keys()].filter((file) => file.startsWith('v/'))).toEqual(['v/index.html']);
    expect(textOf(plain.get('changelog/index.html') ?? '')).toContain(
      'No history to build a changelog from yet.',
    );
  });

  it('has no internal link or fragment that leads nowhere', async () => {
    expect(await findBrokenLinks(plainDir)).toEqual([]);
  });
});
