import { beforeAll, describe, expect, it } from 'vitest';
import type { DocView } from '../../src/site/model/doc-view.ts';
import { buildArchive } from '../../src/site/view/archive.ts';
import { handoffNeighbors, supersededBy } from '../../src/site/view/doc-nav.ts';
import { buildOwnerListings, buildTagListings, listingSlug } from '../../src/site/view/listings.ts';
import { buildMetricSeries } from '../../src/site/view/metric-series.ts';
import { buildPlans } from '../../src/site/view/plans.ts';
import { buildRedirects } from '../../src/site/view/redirects.ts';
import { buildTimeline } from '../../src/site/view/timeline.ts';
import { makeView } from './make-view.ts';
import { relationsViews, viewAt } from './relations-views.ts';

let views: DocView[];
const paths = (docs: readonly DocView[]): string[] => docs.map((doc) => doc.path);

beforeAll(async () => {
  views = await relationsViews();
});

describe('doc views (site-relations)', () => {
  it('list the docs whose body links to a doc', () => {
    expect(viewAt(views, 'STATUS.md').linkedFrom).toEqual([
      { path: 'notes.md', url: '/docs/notes/', title: 'Loose notes' },
    ]);
    expect(paths(viewAt(views, 'reports/sprint-1.md').linkedFrom as DocView[])).toEqual([
      'reports/sprint-2.md',
    ]);
  });

  it('record former paths from aliases and git renames', () => {
    expect(viewAt(views, 'reports/sprint-1.md').formerPaths).toEqual([
      { path: 'reports/first-sprint.md', via: 'alias' },
    ]);
    expect(viewAt(views, 'reports/sprint-2.md').formerPaths).toEqual([
      { path: 'reports/sprint-two.md', via: 'rename' },
    ]);
  });
});

describe('buildPlans', () => {
  it('rolls each plan up: its docs newest first, latest metrics, completion from its tasks', () => {
    const { plans, unplanned } = buildPlans(views);
    expect(plans).toHaveLength(1);
    const [rollup] = plans;
    expect(rollup?.plan.path).toBe('plans/rollout.md');
    expect(paths(rollup?.reports ?? [])).toEqual([
      'handoffs/h2.md',
      'reports/sprint-2.md',
      'handoffs/h1.md',
      'reports/sprint-1.md',
    ]);
    expect(rollup?.latest?.doc.path).toBe('reports/sprint-2.md');
    expect(rollup?.latest?.metrics).toEqual({
      tests: { passed: 110, failed: 0, total: 110 },
      coverage: { value: 61, target: 70 },
    });
    expect(rollup?.completion).toEqual({ value: 50, from: 'tasks' });
    expect(rollup?.lastActivity).toBe('2026-03-15');
    expect(paths(unplanned)).toEqual(['notes.md']);
  });

  it('prefers the plan’s own completion, then the newest report’s; lists reports without a plan', () => {
    const plan = makeView('plan.md', { kind: 'plan', metrics: { completion: 30 } });
    const bare = makeView('bare.md', { kind: 'plan', status: 'planned' });
    const report = makeView('r.md', {
      date: '2026-01-01',
      metrics: { completion: 80 },
      relations: [
        {
          type: 'plan',
          target: 'bare.md',
          path: 'bare.md',
          url: '/docs/bare/',
          title: 'bare',
          line: 2,
        },
      ],
    });
    const loose = makeView('loose.md', { date: '2026-01-02' });
    const { plans, unplanned } = buildPlans([plan, bare, report, loose]);
    expect(plans.map((rollup) => [rollup.plan.path, rollup.completion])).toEqual([
      ['bare.md', { value: 80, from: 'report' }],
      ['plan.md', { value: 30, from: 'plan' }],
    ]);
    expect(paths(unplanned)).toEqual(['loose.md']);
  });
});

describe('buildTimeline', () => {
  it('groups docs by month of their date, newest first, undated last', () => {
    expect(
      buildTimeline(views).map((month) => [month.key, month.label, paths(month.docs)]),
    ).toEqual([
      ['2026-03', 'March 2026', ['handoffs/h2.md', 'reports/sprint-2.md']],
      ['2026-02', 'February 2026', ['archive/interim.md', 'handoffs/h1.md', 'reports/sprint-1.md']],
      ['2026-01', 'January 2026', ['plans/rollout.md', 'STATUS.md']],
      ['undated', 'Undated', ['notes.md']],
    ]);
  });
});

describe('buildArchive and supersededBy', () => {
  it('lists superseded docs with their successors, each once', () => {
    expect(buildArchive(views).map((entry) => [entry.doc.path, entry.successors])).toEqual([
      ['archive/interim.md', [{ title: 'Sprint 2 Report', url: '/docs/reports/sprint-2/' }]],
    ]);
    expect(supersededBy(viewAt(views, 'archive/interim.md'))).toEqual([
      { title: 'Sprint 2 Report', url: '/docs/reports/sprint-2/' },
    ]);
  });

  it('reads a replacement stated only by the newer doc, and keeps unknown targets as text', () => {
    const old = makeView('old.md', {
      status: 'archived',
      relations: [
        { type: 'superseded_by', target: 'gone.md', path: null, url: null, title: null, line: 3 },
      ],
      backlinks: [{ type: 'supersedes', path: 'new.md', url: '/docs/new/', title: 'New' }],
    });
    expect(supersededBy(old)).toEqual([
      { title: 'gone.md', url: null },
      { title: 'New', url: '/docs/new/' },
    ]);
  });
});

describe('handoffNeighbors', () => {
  it('follows the chain both ways, from either side', () => {
    expect(handoffNeighbors(viewAt(views, 'handoffs/h1.md'))).toEqual({
      previous: undefined,
      next: { title: 'Handoff: production', url: '/docs/handoffs/h2/' },
    });
    expect(handoffNeighbors(viewAt(views, 'handoffs/h2.md'))).toEqual({
      previous: { title: 'Handoff: staging', url: '/docs/handoffs/h1/' },
      next: undefined,
    });
    const onlyBacklink = makeView('h3.md', {
      backlinks: [{ type: 'next', path: 'h2.md', url: '/docs/h2/', title: 'H2' }],
    });
    expect(handoffNeighbors(onlyBacklink).previous).toEqual({ title: 'H2', url: '/docs/h2/' });
  });
});

describe('tag and owner listings', () => {
  it('give each tag and owner a page; case variants share one', () => {
    expect(
      buildTagListings(views, '/').map((listing) => [
        listing.slug,
        listing.name,
        listing.url,
        paths(listing.docs),
      ]),
    ).toEqual([
      ['rollout', 'rollout', '/tags/rollout/', ['plans/rollout.md', 'reports/sprint-1.md']],
      ['sprint', 'sprint', '/tags/sprint/', ['reports/sprint-2.md', 'reports/sprint-1.md']],
      ['status', 'status', '/tags/status/', ['STATUS.md']],
    ]);
    expect(
      buildOwnerListings(views, '/team/').map((listing) => [
        listing.slug,
        listing.url,
        listing.docs.length,
      ]),
    ).toEqual([
      ['ada-lovelace', '/team/owners/ada-lovelace/', 3],
      ['grace-hopper', '/team/owners/grace-hopper/', 4],
    ]);
  });

  it('slugs names GitHub’s way, and symbol-only names by code point', () => {
    expect(listingSlug('Priya Raman')).toBe('priya-raman');
    expect(listingSlug(' C++ / Rust ')).toBe('c--rust');
    expect(listingSlug('✅')).toBe('x-2705');
  });
});

describe('buildRedirects', () => {
  it('keeps old URL shapes for aliases and renames', () => {
    expect(buildRedirects(views)).toEqual([
      {
        slug: 'reports/first-sprint',
        from: 'reports/first-sprint.md',
        via: 'alias',
        to: '/docs/reports/sprint-1/',
        title: 'Sprint 1 Report',
      },
      {
        slug: 'reports/sprint-two',
        from: 'reports/sprint-two.md',
        via: 'rename',
        to: '/docs/reports/sprint-2/',
        title: 'Sprint 2 Report',
      },
    ]);
  });

  it('never shadows a live doc, and gives a contested old slug to the first doc by path', () => {
    const live = makeView('a.md', { formerPaths: [{ path: 'B.md', via: 'alias' }] });
    const other = makeView('b.md');
    const second = makeView('c.md', { formerPaths: [{ path: 'old.md', via: 'rename' }] });
    const first = makeView('_first.md', { formerPaths: [{ path: 'old.md', via: 'alias' }] });
    expect(buildRedirects([live, other, second, first]).map((r) => [r.slug, r.to])).toEqual([
      ['old', '/docs/_first/'],
    ]);
  });
});

describe('buildMetricSeries', () => {
  it('reads tests and coverage from the tracker (by update) and reports (by date)', () => {
    const series = buildMetricSeries(views);
    expect([...series.keys()]).toEqual(['tests', 'coverage']);
    expect(series.get('coverage')).toEqual([
      { date: '2026-02-01', value: 55, path: 'reports/sprint-1.md' },
      { date: '2026-03-01', value: 61, path: 'reports/sprint-2.md' },
      { date: '2026-03-20', value: 64, path: 'STATUS.md' },
    ]);
  });

  it('keeps custom metrics apart by name and ignores plans and handoffs', () => {
    const docs = [
      makeView('r1.md', {
        date: '2026-01-01',
        metrics: { custom: { p95: { value: 80, unit: 'ms' } } },
      }),
      makeView('p.md', { kind: 'plan', date: '2026-01-02', metrics: { coverage: { value: 1 } } }),
    ];
    expect([...buildMetricSeries(docs)]).toEqual([
      ['custom:p95', [{ date: '2026-01-01', value: 80, path: 'r1.md' }]],
    ]);
  });
});
