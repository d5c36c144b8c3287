import { describe, expect, it } from 'vitest';
import { collectReferences } from '../../../src/core/links/collect-references.ts';
import { looksLikePath } from '../../../src/core/links/looks-like-path.ts';
import { fixtureSource, seedSource, textSource } from '../model/fixture-source.ts';

function referencesOf(text: string): string[] {
  const source = textSource(text);
  return collectReferences(source.tree, source.text).map(
    (reference) =>
      `${reference.position.start.line}:${reference.position.start.column} ${reference.kind} ${reference.url}${reference.external ? ' external' : ''}${reference.range ? ` [${source.text.slice(reference.range.start, reference.range.end)}]` : ''}`,
  );
}

describe('collectReferences', () => {
  it('collects links, images, definitions, HTML and backticked paths with positions', () => {
    expect(
      referencesOf(
        [
          '[a](plans/a.md#phase-1) ![logo](img/logo.png "Logo") [b][ref] `notes/b.md`',
          '<a href="c.md">c</a> <img src=\'d.png\'> [site](https://example.com) <mailto:x@y.z>',
          '',
          '[ref]: <defs/e.md>',
        ].join('\n'),
      ),
    ).toEqual([
      '1:1 link plans/a.md#phase-1 [plans/a.md#phase-1]',
      '1:25 image img/logo.png [img/logo.png]',
      '1:63 code notes/b.md [notes/b.md]',
      '2:1 html c.md [c.md]',
      '2:22 html d.png [d.png]',
      '2:40 link https://example.com external [https://example.com]',
      '2:68 link mailto:x@y.z external',
      '4:1 definition defs/e.md [defs/e.md]',
    ]);
  });

  it('yields nothing for code blocks, shell tests, format strings, URLs in code and commented HTML', () => {
    const source = fixtureSource('links-code-blocks-quiet', 'STATUS.md');
    const found = collectReferences(source.tree, source.text).map((reference) => reference.url);
    // Slashed words and source files are collected (for the graph) but never reported.
    expect(found).toEqual(['and/or', 'backend/src/models.py', 'tests/conftest.py']);
  });

  it('finds nothing inside the code blocks of seed 000', () => {
    const source = seedSource('000');
    const lines = collectReferences(source.tree, source.text).map((r) => r.position.start.line);
    const fences = source.tree.children
      .filter((node) => node.type === 'code')
      .map((node) => [node.position?.start.line ?? 0, node.position?.end.line ?? 0] as const);
    expect(fences.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(
        fences.some(([start, end]) => line >= start && line <= end),
        `line ${line}`,
      ).toBe(false);
    }
  });
});

describe('looksLikePath', () => {
  it('accepts paths and file names with known extensions', () => {
    for (const code of [
      'plans/a.md',
      '.agents/archive/X_COMPLETED_20251209.md',
      'README.md',
      'docs/',
      './a/b.png',
      'x.md#part-2',
      'config.yaml',
    ]) {
      expect(looksLikePath(code), code).toBe(true);
    }
  });

  it('rejects code, shell, templates, URLs and prose', () => {
    for (const code of [
      '[[ -f x.md ]]',
      '[$x]($style)',
      'https://example.com/a.md',
      'json.load()',
      'a=b/c.md',
      '${HOME}/x.md',
      'docs/*.md',
      'main.py:42',
      '~/x.md',
      'npm test',
      'auth.py',
      '...',
      '/',
      '@scope/pkg',
    ]) {
      expect(looksLikePath(code), code).toBe(false);
    }
  });
});
