import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { spawnGit, type GitSpawn } from '../../src/core/history/git-process.ts';
import { readSiteHistory, type SiteHistory } from '../../src/site/model/read-site-history.ts';
import { buildVersionViews } from '../../src/site/model/version-views.ts';
import { docLinkRewriter } from '../../src/site/model/doc-link-rewriter.ts';
import { createRenderCache, fillTemplate } from '../../src/site/render/render-template.ts';
import { SCRIPTED_HISTORY } from '../core/history/scripted-history.ts';
import { makeGitRepo, removeRepo } from '../helpers/git-repo.ts';

const config = configSchema.parse({ versions: { every: 'month' } });
let repo: string;
let history: SiteHistory;
const commands: string[] = [];

beforeAll(async () => {
  repo = makeGitRepo(SCRIPTED_HISTORY);
  const spawn: GitSpawn = (args, cwd) => {
    commands.push(args.find((arg) => ['rev-parse', 'log', 'cat-file'].includes(arg)) ?? '?');
    return spawnGit(args, cwd);
  };
  history = await readSiteHistory(path.join(repo, 'content'), config, { spawn });
});

afterAll(() => {
  removeRepo(repo);
});

describe('readSiteHistory on the scripted repository', () => {
  it('reads git with one probe, one log pass and one cat-file, whatever the versions', () => {
    expect(commands).toEqual(['rev-parse', 'log', 'cat-file']);
  });

  it('takes every version but latest, with URL-safe slugs and each doc’s body', () => {
    expect(
      history.versions.map((version) => [version.slug, version.docs.map((doc) => doc.path)]),
    ).toEqual([
      ['2025-01', ['STATUS.md', 'notes/scratch.md', 'plans/auth-plan.md', 'reports/week-1.md']],
      ['v1', ['STATUS.md', 'notes/scratch.md', 'plans/auth-plan.md', 'reports/week-1.md']],
      ['2025-02', ['STATUS.md', 'notes/scratch.md', 'plans/auth.md', 'reports/week-1.md']],
      ['2025-03', ['STATUS.md', 'archive/week-1.md', 'plans/auth.md', 'reports/summary.md']],
      ['v2', ['STATUS.md', 'archive/week-1.md', 'plans/auth.md', 'reports/summary.md']],
    ]);
    const plan = history.versions[1]?.docs.find((doc) => doc.path === 'plans/auth-plan.md');
    expect(plan?.body).toBe('\n# Auth plan\n\nLog in with tokens.\n');
    expect(plan?.key).toBe('plans/auth.md');
    expect(history.latestLabel).toBe('v2');
    expect([...history.latestKeys]).toEqual([
      ['STATUS.md', 'STATUS.md'],
      ['archive/week-1.md', 'archive/week-1.md'],
      ['plans/auth.md', 'plans/auth.md'],
      ['reports/summary.md', 'reports/summary.md'],
    ]);
  });

  it('renders each distinct body once across versions, with links filled in per version', () => {
    const renders = createRenderCache();
    const bodies = new Set<string>();
    const filled = new Map<string, string>();
    for (const version of history.versions) {
      const { context, views } = buildVersionViews(version, '/');
      version.docs.forEach((doc, index) => {
        bodies.add(JSON.stringify([doc.body, views[index]?.title]));
        const template = renders.get(doc.body, {
          title: views[index]?.title ?? null,
          trustHtml: false,
        });
        const rewrite = docLinkRewriter(doc.path, context.index, context.urlOf);
        filled.set(`${version.slug}/${doc.path}`, fillTemplate(template.html, rewrite));
      });
    }
    // 20 docs in 5 versions; 6 distinct bodies: a plan's or report's body did not change
    // when only its frontmatter did.
    expect(renders.stats).toEqual({ rendered: 6, reused: 14 });
    expect(bodies.size).toBe(6);
    expect(filled.get('v1/plans/auth-plan.md')).toBe('\n<p>Log in with tokens.</p>\n');
  });
});

describe('fillTemplate', () => {
  const renders = createRenderCache();
  const template = renders.get(
    '[plan](plans/a.md#goal) [web](https://example.com) [x](notes.txt?a=1&b=2)',
    {
      title: null,
      trustHtml: false,
    },
  );

  it('points links at each doc set’s pages and keeps the others as written', () => {
    const rewrite = (base: string) => (href: string) =>
      href.startsWith('plans/a.md') ? `${base}docs/plans/a/#goal` : undefined;
    expect(fillTemplate(template.html, rewrite('/'))).toBe(
      '<p><a href="/docs/plans/a/#goal">plan</a> <a href="https://example.com">web</a> <a href="notes.txt?a=1&amp;b=2">x</a></p>\n',
    );
    expect(fillTemplate(template.html, rewrite('/v/v1/'))).toContain(
      'href="/v/v1/docs/plans/a/#goal"',
    );
  });

  it('never restores a mark that would be a script URL', () => {
    expect(
      fillTemplate('<a href="statusdocs-link:javascript%3Aalert%281%29">x</a>', () => undefined),
    ).toBe('<a href="">x</a>');
  });
});
