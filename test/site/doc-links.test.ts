import { describe, expect, it } from 'vitest';
import { buildDocIndex, resolveRelationTarget } from '../../src/site/model/doc-index.ts';
import { docLinkRewriter } from '../../src/site/model/doc-link-rewriter.ts';
import { buildSlugs, docUrl, slugOfPath } from '../../src/site/model/doc-slugs.ts';
import { renderBody } from '../../src/site/render/render-body.ts';

const paths = ['STATUS.md', 'plans/plan.md', 'reports/SPRINT_1.md', 'reports/my notes.md'];
const index = buildDocIndex([
  ...paths.map((path) => ({ path, id: path })),
  { path: 'decisions/0001.md', id: 'adr-1' },
]);
const slugs = buildSlugs([...paths, 'decisions/0001.md']);
const urlOf = (path: string): string => docUrl('/status/', slugs.get(path) ?? path);

describe('slugs', () => {
  it('drop the extension, lower-case and replace whitespace', () => {
    expect(slugOfPath('reports/SPRINT_1.md')).toBe('reports/sprint_1');
    expect(slugOfPath('reports/my notes.md')).toBe('reports/my-notes');
    expect(slugOfPath('STATUS.markdown')).toBe('status');
  });

  it('turn what a URL path cannot carry to a folder into `-` (issue 20, item 4)', () => {
    expect(slugOfPath('Q1%20report.md')).toBe('q1-20report');
    expect(slugOfPath('x#y.md')).toBe('x-y');
    expect(slugOfPath('what?.md')).toBe('what-');
    expect(slugOfPath('back\\slash.md')).toBe('back-slash');
    expect(slugOfPath('tab\there.md')).toBe('tab-here');
    expect(slugOfPath('..md')).toBe('-');
    expect(slugOfPath('a/../b.md')).toBe('a/--/b');
    expect(slugOfPath('%2e%2e')).toBe('-2e-2e');
    expect(slugOfPath('v1.2 notes.md')).toBe('v1.2-notes');
  });

  it('stay unique and stable when two paths differ in case only', () => {
    expect([...buildSlugs(['b/a.md', 'A.md', 'a.md'])]).toEqual([
      ['A.md', 'a'],
      ['a.md', 'a-2'],
      ['b/a.md', 'b/a'],
    ]);
  });

  it('make URLs under the base path', () => {
    expect(docUrl('/', 'reports/sprint_1')).toBe('/docs/reports/sprint_1/');
    expect(docUrl('/status', 'reports/my-notes')).toBe('/status/docs/reports/my-notes/');
  });
});

describe('docLinkRewriter', () => {
  const rewrite = docLinkRewriter('reports/SPRINT_1.md', index, urlOf);

  it.each([
    ['../plans/plan.md', '/status/docs/plans/plan/'],
    ['../plans/plan.md#phase-1-setup', '/status/docs/plans/plan/#phase-1-setup'],
    ['../STATUS.md?plain=1#notes', '/status/docs/status/#notes'],
    ['my%20notes.md', '/status/docs/reports/my-notes/'],
    ['../status.md', '/status/docs/status/'],
  ])('sends %s to %s', (href, expected) => {
    expect(rewrite(href)).toBe(expected);
  });

  it.each([
    '#results',
    'https://example.com/a.md',
    '/absolute/x.md',
    '../plans/missing.md',
    '../../outside.md',
    'diagram.png',
    'mailto:a@example.com',
  ])('keeps %s', (href) => {
    expect(rewrite(href)).toBeUndefined();
  });

  it('rewrites links in a rendered body', () => {
    const { html } = renderBody('[plan](../plans/plan.md#phase-2) [web](https://x.org)', {
      rewriteLink: rewrite,
    });
    expect(html).toContain('<a href="/status/docs/plans/plan/#phase-2">plan</a>');
    expect(html).toContain('<a href="https://x.org">web</a>');
  });
});

describe('resolveRelationTarget', () => {
  it('tries the doc folder, then the content root, then ids', () => {
    expect(resolveRelationTarget(index, 'reports/SPRINT_1.md', 'my notes.md')).toBe(
      'reports/my notes.md',
    );
    expect(resolveRelationTarget(index, 'reports/SPRINT_1.md', 'plans/plan.md')).toBe(
      'plans/plan.md',
    );
    expect(resolveRelationTarget(index, 'reports/SPRINT_1.md', 'adr-1')).toBe('decisions/0001.md');
    expect(resolveRelationTarget(index, 'reports/SPRINT_1.md', 'plans/plan.md#phase-2')).toBe(
      'plans/plan.md',
    );
    expect(resolveRelationTarget(index, 'reports/SPRINT_1.md', 'nowhere.md')).toBeUndefined();
  });
});
