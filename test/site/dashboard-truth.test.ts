import { describe, expect, it } from 'vitest';
import type { DocView } from '../../src/site/model/doc-view.ts';
import { rankAttention } from '../../src/site/view/attention.ts';
import { clusterNodes } from '../../src/site/view/graph-clusters.ts';
import { buildGraphEdges } from '../../src/site/view/graph-edges.ts';
import { layoutGraph } from '../../src/site/view/graph-layout.ts';
import { matchPlanReports } from '../../src/site/view/plan-reports.ts';
import { pickTrackers } from '../../src/site/view/trackers.ts';
import { makeRelation, makeView } from './make-view.ts';

type Diagnostic = DocView['diagnostics'][number];

const finding = (severity: Diagnostic['severity'], ruleId: string): Diagnostic => ({
  severity,
  ruleId,
  message: `${ruleId} finding`,
  line: 1,
  column: 1,
  url: null,
});

/** A doc with `diagnostics`, its counts to match. */
function flagged(path: string, diagnostics: Diagnostic[], overrides: Partial<DocView> = {}) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return makeView(path, { status: 'active', diagnostics, counts, ...overrides });
}

const relation = makeRelation;

describe('rankAttention', () => {
  it('leaves out retired docs and ranks by the worst finding, not by how many', () => {
    const links = Array.from({ length: 14 }, () => finding('error', 'missing-file'));
    const docs = [
      flagged('many-links.md', links, { date: '2026-03-01' }),
      flagged('sum.md', [finding('error', 'metric-sum'), finding('warning', 'stale')]),
      flagged('ratio.md', [finding('warning', 'table-ratio')]),
      flagged('stale.md', [finding('warning', 'stale')], { date: '2026-03-02' }),
      flagged('archived.md', links, { status: 'archived' }),
      flagged('done.md', [finding('error', 'metric-sum')], { status: 'done' }),
      flagged('old-kind.md', [finding('error', 'metric-sum')], { kind: 'archive', status: null }),
      flagged('clean.md', [finding('info', 'orphan')]),
    ];
    const attention = rankAttention(docs);
    expect(attention.items.map((item) => [item.doc.path, item.reason])).toEqual([
      ['sum.md', 'Contradiction: metric-sum'],
      ['ratio.md', 'Contradiction: table-ratio'],
      ['many-links.md', 'Error: missing-file'],
      ['stale.md', 'Warning: stale'],
    ]);
    expect(attention.retired).toBe(3);
  });

  it('counts a metric a CI artifact contradicts as a contradiction; more contradicting rules first', () => {
    const contradicted: DocView['evidence'][number] = {
      metric: 'coverage',
      scope: 'total',
      written: '85%',
      state: 'contradicted',
      artifact: 'coverage/lcov.info',
      date: null,
      detail: '60.0% of lines',
      line: 3,
    };
    const docs = [
      flagged('one.md', [finding('error', 'table-total')], { date: '2026-03-05' }),
      flagged('two.md', [finding('error', 'table-total'), finding('error', 'metric-sum')]),
      flagged('ci.md', [finding('error', 'metric-evidence')], {
        evidence: [contradicted],
        date: '2026-03-06',
      }),
      flagged('warn.md', [finding('warning', 'table-ratio')], { date: '2026-03-07' }),
    ];
    expect(rankAttention(docs).items.map((item) => [item.doc.path, item.reason])).toEqual([
      ['two.md', 'Contradiction: table-total, metric-sum'],
      ['ci.md', 'Contradiction: 1 metric against CI'],
      ['one.md', 'Contradiction: table-total'],
      ['warn.md', 'Contradiction: table-ratio'],
    ]);
  });
});

describe('pickTrackers', () => {
  const source = (field: string, from: string, line: number) => ({
    field,
    from,
    inferred: true,
    line,
    column: 1,
  });

  it('takes the newest live status tracker with metrics and says where each number was read', () => {
    const byActivity = [
      makeView('archive/STATUS-old.md', {
        kind: 'status',
        status: 'archived',
        metrics: { completion: 90 },
      }),
      makeView('report.md', { kind: 'report', metrics: { completion: 50 } }),
      makeView('STATUS.md', {
        kind: 'status',
        status: 'active',
        metrics: { tests: { passed: 10, total: 10 }, coverage: { value: 80 } },
        sources: [
          source('title', 'heading', 1),
          source('metrics.tests', 'header', 5),
          source('metrics.coverage', 'body', 12),
        ],
      }),
      makeView('api/STATUS.md', { kind: 'status', status: null, metrics: { completion: 40 } }),
      makeView('empty/STATUS.md', { kind: 'status', status: 'active' }),
    ];
    const trackers = pickTrackers(byActivity);
    expect(trackers.lead?.path).toBe('STATUS.md');
    expect(trackers.stale).toBe(false);
    expect(trackers.origins).toEqual([
      { metric: 'Tests', from: 'header line', line: 5 },
      { metric: 'Coverage', from: 'body text', line: 12 },
    ]);
    expect(trackers.others.map((doc) => doc.path)).toEqual(['api/STATUS.md']);
  });

  it('falls back to a retired tracker and says so; no tracker without metrics', () => {
    const old = makeView('STATUS.md', {
      kind: 'status',
      status: 'superseded',
      metrics: { completion: 9 },
    });
    expect(pickTrackers([old])).toMatchObject({ lead: old, stale: true, others: [] });
    expect(pickTrackers([makeView('STATUS.md', { kind: 'status' })]).lead).toBeUndefined();
  });
});

describe('matchPlanReports', () => {
  const plan = (path: string, overrides: Partial<DocView> = {}) =>
    makeView(path, { kind: 'plan', status: 'active', ...overrides });

  it('files docs by relation, a link to one plan, the same name and the same work ID', () => {
    const auth = plan('plans/auth-plan.md', {
      linkedFrom: [
        { path: 'reports/week-2.md', url: '/docs/reports/week-2/', title: 'Week 2' },
        { path: 'reports/both.md', url: '/docs/reports/both/', title: 'Both' },
        { path: 'STATUS.md', url: '/docs/status/', title: 'Status' },
      ],
    });
    const phase = plan('plans/PHASE_7_3_PLAN.md', {
      linkedFrom: [{ path: 'reports/both.md', url: '/docs/reports/both/', title: 'Both' }],
    });
    const docs = [
      auth,
      phase,
      plan('specs/2026-04-28-cross-repo-usability-design.md'),
      plan('plans/2026-04-28-cross-repo-usability-plan_completed.md'),
      makeView('reports/week-1.md', { relations: [relation('plan', 'plans/auth-plan.md')] }),
      makeView('reports/week-2.md'),
      makeView('reports/both.md'),
      makeView('STATUS.md', { kind: 'status' }),
      makeView('plans/auth-plan_livetest_completed.md', { kind: 'plan' }),
      makeView('verifications/2026-04-28-cross-repo-usability-verification.md'),
      makeView('reports/PHASE_7_3_COMPLETE.md'),
      makeView('reports/phase-7-4-complete.md'),
      makeView('reports/unrelated-design-notes.md'),
    ];
    const filed = Object.fromEntries(
      [...matchPlanReports(docs)].map(([path, reports]) => [
        path,
        reports.map((report) => `${report.doc.path}: ${report.via}`),
      ]),
    );
    expect(filed).toEqual({
      'plans/auth-plan.md': [
        'reports/week-1.md: names it as its plan',
        'reports/week-2.md: links to the plan',
        'plans/auth-plan_livetest_completed.md: same name',
      ],
      'plans/PHASE_7_3_PLAN.md': ['reports/PHASE_7_3_COMPLETE.md: same phase 7.3'],
      // A plan-kind doc named as a live test is a plan card of its own too, with nothing under it.
      'plans/auth-plan_livetest_completed.md': [],
      'specs/2026-04-28-cross-repo-usability-design.md': [
        'verifications/2026-04-28-cross-repo-usability-verification.md: same name',
      ],
      'plans/2026-04-28-cross-repo-usability-plan_completed.md': [
        'verifications/2026-04-28-cross-repo-usability-verification.md: same name',
      ],
    });
  });

  it('does not file by a short name across folders, nor by a work ID two plans share', () => {
    const docs = [
      plan('a/01-PLAN.md'),
      plan('b/sprint-3-plan.md'),
      plan('c/sprint-3-plan.md'),
      makeView('z/01-SUMMARY.md'),
      makeView('a/01-SUMMARY.md'),
      makeView('reports/sprint-3-report.md'),
    ];
    const filed = [...matchPlanReports(docs)].map(([path, reports]) => [
      path,
      reports.map((report) => report.doc.path),
    ]);
    expect(filed).toEqual([
      ['a/01-PLAN.md', ['a/01-SUMMARY.md']],
      ['b/sprint-3-plan.md', []],
      ['c/sprint-3-plan.md', []],
    ]);
  });
});

describe('the relation graph with many related docs', () => {
  it('gives each connected group a band of its own, largest first, columns centred', () => {
    const hub = makeView('plans/hub.md', { kind: 'plan', date: '2026-01-01' });
    const waves = Array.from({ length: 40 }, (_, index) =>
      makeView(`plans/wave-${String(index).padStart(2, '0')}.md`, {
        relations: [relation('plan', 'plans/hub.md')],
      }),
    );
    const pair = [
      makeView('a/plan.md', { kind: 'plan', date: '2025-01-01' }),
      makeView('a/report.md', { relations: [relation('plan', 'a/plan.md')] }),
    ];
    const docs = [...pair, hub, ...waves];
    const edges = buildGraphEdges(docs);
    expect(clusterNodes(docs, edges).map((group) => group.length)).toEqual([41, 2]);
    const layout = layoutGraph(docs);
    const y = (path: string) => layout.nodes.find((node) => node.doc.path === path)?.y;
    // 40 rows of 76 units from y=16; the hub sits beside the middle of its waves.
    expect(y('plans/wave-00.md')).toBe(16);
    expect(y('plans/hub.md')).toBe(16 + (39 * 76) / 2);
    // The pair's band starts below the last wave, after the gap between bands.
    expect(y('a/plan.md')).toBe(16 + 40 * 76 - 14 + 34);
    expect(y('a/report.md')).toBe(y('a/plan.md'));
  });
});
