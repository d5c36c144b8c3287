import { beforeAll, describe, expect, it } from 'vitest';
import type { DocView } from '../../src/site/model/doc-view.ts';
import { buildGraphEdges } from '../../src/site/view/graph-edges.ts';
import { layoutGraph } from '../../src/site/view/graph-layout.ts';
import { graphSvg } from '../../src/site/view/graph-svg.ts';
import { sparklineSvg } from '../../src/site/view/sparkline.ts';
import { buildTrends } from '../../src/site/view/trends.ts';
import { makeRelation, makeView } from './make-view.ts';
import { relationsViews, viewAt } from './relations-views.ts';

let views: DocView[];

beforeAll(async () => {
  views = await relationsViews();
});

const relation = makeRelation;

describe('sparklineSvg', () => {
  it('draws the series by date as an accessible image', () => {
    const svg = sparklineSvg(
      [
        { date: '2026-02-01', value: 90 },
        { date: '2026-03-01', value: 110 },
        { date: '2026-03-20', value: 120 },
      ],
      { label: 'Tests passed' },
    );
    const name = 'Tests passed over 3 dates: 90 (1 Feb 2026), 110 (1 Mar 2026), 120 (20 Mar 2026)';
    expect(svg).toBe(
      `<svg class="sparkline" viewBox="0 0 120 32" width="120" height="32" role="img" aria-label="${name}">` +
        `<title>${name}</title>` +
        '<polyline points="3,29 70.9,11.7 117,3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>' +
        '<circle cx="117" cy="3" r="2.5" fill="currentColor"/>' +
        '</svg>',
    );
  });

  it('puts a flat series in the middle, and draws nothing for one value', () => {
    const flat = sparklineSvg(
      [
        { date: '2026-01-01', value: 5 },
        { date: '2026-01-01', value: 5 },
      ],
      { label: 'Flat', unit: '%', width: 50, height: 20 },
    );
    expect(flat).toContain('points="3,10 47,10"');
    expect(flat).toContain('aria-label="Flat over 2 dates: 5% (1 Jan 2026), 5% (1 Jan 2026)"');
    expect(sparklineSvg([{ date: '2026-01-01', value: 5 }], { label: 'One' })).toBe('');
  });

  it('escapes labels', () => {
    const svg = sparklineSvg(
      [
        { date: '2026-01-01', value: 1 },
        { date: '2026-01-02', value: 2 },
      ],
      { label: '<p95> & "p99"' },
    );
    expect(svg).toContain('aria-label="&lt;p95&gt; &amp; &quot;p99&quot; over 2 dates');
    expect(svg).not.toContain('<p95>');
  });
});

describe('buildTrends', () => {
  it('gives the tracker’s tests and coverage cards a sparkline across tracker and reports', () => {
    const trends = buildTrends(views, viewAt(views, 'STATUS.md').metrics);
    expect(Object.keys(trends)).toEqual(['tests', 'coverage']);
    expect(trends.coverage).toContain(
      'aria-label="Coverage over 3 dates: 55% (1 Feb 2026), 61% (1 Mar 2026), 64% (20 Mar 2026)"',
    );
  });
});

describe('graph', () => {
  it('has one edge per relation, whichever side wrote it, pointing from older to newer', () => {
    expect(buildGraphEdges(views)).toEqual([
      { from: 'archive/interim.md', to: 'reports/sprint-2.md', type: 'supersedes' },
      { from: 'handoffs/h1.md', to: 'handoffs/h2.md', type: 'handoff' },
      { from: 'plans/rollout.md', to: 'handoffs/h1.md', type: 'plan' },
      { from: 'plans/rollout.md', to: 'handoffs/h2.md', type: 'plan' },
      { from: 'plans/rollout.md', to: 'reports/sprint-1.md', type: 'plan' },
      { from: 'plans/rollout.md', to: 'reports/sprint-2.md', type: 'plan' },
    ]);
  });

  it('lays plans left of their reports and a handoff left of the next', () => {
    const layout = layoutGraph(views);
    expect(layout.nodes.map((node) => [node.doc.path, node.layer, node.x, node.y])).toEqual([
      // One group: each column is centred on the tallest (3 rows of 76).
      ['plans/rollout.md', 0, 16, 54],
      ['archive/interim.md', 0, 16, 130],
      ['reports/sprint-1.md', 1, 312, 16],
      ['handoffs/h1.md', 1, 312, 92],
      ['reports/sprint-2.md', 1, 312, 168],
      ['handoffs/h2.md', 2, 608, 92],
    ]);
    expect([layout.width, layout.height]).toEqual([864, 246]);
  });

  it('survives a cycle and leaves unrelated docs out', () => {
    const a = makeView('a.md', { relations: [relation('next', 'b.md')] });
    const b = makeView('b.md', { relations: [relation('next', 'a.md')] });
    const alone = makeView('alone.md');
    const layout = layoutGraph([a, b, alone]);
    expect(layout.nodes.map((node) => [node.doc.path, node.layer])).toEqual([
      ['a.md', 0],
      ['b.md', 1],
    ]);
    expect(layout.edges).toHaveLength(2);
  });

  it('renders an accessible SVG with escaped labels in two lines', () => {
    const plan = makeView('p.md', {
      kind: 'plan',
      label: 'A <very> long plan title that goes on and on',
      date: '2026-01-02',
    });
    const report = makeView('r.md', { relations: [relation('plan', 'p.md')] });
    const svg = graphSvg(layoutGraph([plan, report]));
    expect(svg).toMatch(
      /^<svg class="graph" viewBox="0 0 568 94" [^>]*role="img" aria-labelledby="graph-title graph-desc">/,
    );
    expect(svg).toContain('<title id="graph-title">Relations between 2 docs</title>');
    expect(svg).toContain(
      '<text class="graph-title" x="12" y="19">A &lt;very&gt; long plan title that</text><text class="graph-title" x="12" y="34">goes on and on</text>',
    );
    expect(svg).toContain('<text class="graph-meta" x="12" y="52">Plan · 2 Jan 2026</text>');
    expect(svg).toContain(
      '<path class="graph-edge edge-plan" d="M256,47 C284,47 284,47 312,47" marker-end="url(#graph-arrow)"/>',
    );
    expect(graphSvg(layoutGraph([makeView('alone.md')]))).toBe('');
  });
});
