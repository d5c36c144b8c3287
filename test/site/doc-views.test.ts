import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/core/check/check-project.ts';
import { configSchema } from '../../src/core/config/config-schema.ts';
import { gateBuild } from '../../src/site/check-gate.ts';
import { buildDocViews, buildViewContext } from '../../src/site/model/build-doc-views.ts';
import { docViewSchema, type DocView } from '../../src/site/model/doc-view.ts';
import { resolveSiteOptions } from '../../src/site/options.ts';
import { buildDashboard } from '../../src/site/view/dashboard.ts';

const content = path.join(import.meta.dirname, '../fixtures/site-basic/content');
// missing-date is opt-in (its measured precision is below the gate); these views show its findings.
const config = configSchema.parse({ rules: { 'missing-date': 'warning' } });

async function views(): Promise<DocView[]> {
  const { result } = await checkProject(content, config, '2026-02-15');
  return buildDocViews(result, buildViewContext(result, '/'));
}

function byPath(list: DocView[], docPath: string): DocView {
  const view = list.find((candidate) => candidate.path === docPath);
  if (!view) throw new Error(`no view for ${docPath}`);
  return view;
}

describe('buildDocViews', () => {
  it('builds a view model per doc that the collection schema accepts', async () => {
    const list = await views();
    // In the core's path order (code units: upper case first).
    expect(list.map((view) => view.slug)).toEqual([
      'status',
      'plans/plan',
      'reports/sprint_1',
      'reports/loose-notes',
    ]);
    for (const view of list) expect(docViewSchema.parse(view)).toEqual(view);
  });

  it('carries what the core understood, not raw frontmatter', async () => {
    const status = byPath(await views(), 'STATUS.md');
    expect(status).toMatchObject({
      id: 'fixture-status',
      url: '/docs/status/',
      title: 'Fixture Project Status',
      label: 'Fixture Project Status',
      kind: 'status',
      status: 'active',
      date: '2026-01-05',
      updated: '2026-02-10',
      owner: 'Ada Lovelace',
      metrics: {
        tests: { passed: 98, failed: 2, total: 100 },
        coverage: { value: 71.5, target: 80 },
        completion: 40,
      },
      counts: { error: 0, warning: 0, info: 0 },
    });
    expect(status.sources[0]).toEqual({
      field: 'title',
      from: 'frontmatter',
      inferred: false,
      line: 3,
      column: 1,
    });
  });

  it('records where inferred values came from', async () => {
    const report = byPath(await views(), 'reports/SPRINT_1.md');
    expect(
      report.sources.filter((source) => source.inferred).map((source) => source.field),
    ).toEqual(expect.arrayContaining(['title', 'kind', 'status', 'date']));
    expect(report.sources.find((source) => source.field === 'date')).toMatchObject({
      from: 'header',
      line: 3,
    });
  });

  it('resolves relations to pages and gathers backlinks', async () => {
    const list = await views();
    expect(byPath(list, 'reports/SPRINT_1.md').relations).toEqual([
      {
        type: 'plan',
        target: 'plans/plan.md',
        path: 'plans/plan.md',
        url: '/docs/plans/plan/',
        title: 'Fixture Plan',
        line: 5,
      },
    ]);
    expect(byPath(list, 'plans/plan.md').backlinks).toEqual([
      {
        type: 'plan',
        path: 'reports/SPRINT_1.md',
        url: '/docs/reports/sprint_1/',
        title: 'Sprint 1 Report',
      },
    ]);
  });

  it('flattens diagnostics with their place and counts them', async () => {
    const notes = byPath(await views(), 'reports/loose-notes.md');
    expect(notes.label).toBe('loose-notes');
    expect(notes.title).toBeNull();
    // missing-title and orphan are opt-in (preset strict).
    expect(notes.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(notes.diagnostics.map((d) => [d.severity, d.ruleId, d.line, d.column])).toEqual([
      ['warning', 'missing-date', 1, 1],
    ]);
  });
});

describe('buildDashboard', () => {
  it('counts by status and kind, lists what needs attention and recent activity', async () => {
    const dashboard = buildDashboard(await views());
    expect(dashboard.byStatus).toEqual([
      { key: 'active', label: 'Active', count: 2 },
      { key: 'done', label: 'Done', count: 1 },
      { key: 'unknown', label: 'No status', count: 1 },
    ]);
    expect(dashboard.byKind).toEqual([
      { key: 'status', label: 'Status tracker', count: 1 },
      { key: 'report', label: 'Reports', count: 2 },
      { key: 'plan', label: 'Plan', count: 1 },
    ]);
    // plans/plan.md is active and 44 days old on 2026-02-15: stale. Both have
    // warnings only, no contradiction: the newer doc leads, whatever the counts.
    expect(dashboard.attention.map((item) => [item.doc.path, item.reason])).toEqual([
      ['plans/plan.md', 'Warning: stale'],
      ['reports/loose-notes.md', 'Warning: missing-date'],
    ]);
    expect(dashboard.tracker?.path).toBe('STATUS.md');
    expect(dashboard.recent.map((doc) => doc.path)).toEqual([
      'STATUS.md',
      'reports/SPRINT_1.md',
      'plans/plan.md',
    ]);
    expect(dashboard.findings).toEqual({ error: 0, warning: 2, info: 0 });
  });
});

describe('gateBuild', () => {
  it('fails on warnings only when asked to, with the CLI text report', async () => {
    const { result } = await checkProject(content, config, '2026-02-15');
    expect(gateBuild(result, 'error', 'content/').failed).toBe(false);
    expect(gateBuild(result, 'never', 'content/').failed).toBe(false);
    const gate = gateBuild(result, 'warning', 'content/');
    expect(gate).toMatchObject({ failed: true, errors: 0, warnings: 2 });
    expect(gate.report).toContain(
      'content/reports/loose-notes.md\n  1:1  warning  missing-date  Doc has no date',
    );
  });
});

describe('resolveSiteOptions', () => {
  const base = { config, projectRoot: '/project', now: new Date('2026-03-01T12:00:00Z') };

  it('takes the content root from the option, then the environment, then the config', () => {
    expect(
      resolveSiteOptions({
        ...base,
        options: { content: 'docs' },
        env: { STATUSDOCS_CONTENT: 'env' },
      }).contentRoot,
    ).toBe(path.resolve('/project/docs'));
    expect(
      resolveSiteOptions({ ...base, options: {}, env: { STATUSDOCS_CONTENT: 'env' } }).contentRoot,
    ).toBe(path.resolve('/project/env'));
    expect(resolveSiteOptions({ ...base, options: {}, env: {} }).contentRoot).toBe(
      path.resolve('/project/content'),
    );
  });

  it('defaults to sanitizing and to today, unless STATUSDOCS_TODAY pins it', () => {
    const resolved = resolveSiteOptions({ ...base, options: {}, env: {} });
    expect(resolved).toMatchObject({
      trustHtml: false,
      today: '2026-03-01',
      siteTitle: 'Project status',
    });
    expect(
      resolveSiteOptions({ ...base, options: {}, env: { STATUSDOCS_TODAY: '2026-01-01' } }).today,
    ).toBe('2026-01-01');
  });

  it("places the pages of a host site under the base option, inside Astro's base", () => {
    const host = { ...base, options: {}, env: {}, host: true };
    expect(resolveSiteOptions(host)).toMatchObject({ base: '/status/', routeBase: '/status/' });
    expect(
      resolveSiteOptions({ ...host, options: { base: 'team/status' }, base: '/docs' }),
    ).toMatchObject({ base: '/docs/team/status/', routeBase: '/team/status/', host: true });
    expect(resolveSiteOptions({ ...host, options: { base: '/' } })).toMatchObject({
      base: '/',
      routeBase: '/',
    });
    // statusdocs' own site is always at the root of Astro's base.
    expect(resolveSiteOptions({ ...base, options: {}, env: {}, base: '/team/' })).toMatchObject({
      base: '/team/',
      routeBase: '/',
      host: false,
    });
  });
});
