import { describe, expect, it } from 'vitest';
import { collectRelations } from '../../../src/core/model/collect-relations.ts';
import { readModelInput } from '../../../src/core/model/read-model-input.ts';
import { fixtureSource, textSource } from './fixture-source.ts';

describe('collectRelations', () => {
  it('reads paths from header lines, each at its own position', () => {
    expect(collectRelations(readModelInput(fixtureSource('relations-header')))).toEqual([
      {
        type: 'plan',
        target: '../plans/active/platform.md',
        source: { from: 'header', line: 3, column: 35 },
      },
      {
        type: 'supersedes',
        target: 'handoffs/HANDOFF_1.md',
        source: { from: 'header', line: 4, column: 18 },
      },
      {
        type: 'supersedes',
        target: 'handoffs/HANDOFF_2.md',
        source: { from: 'header', line: 4, column: 43 },
      },
      {
        type: 'superseded_by',
        target: 'HANDOFF_4.md',
        source: { from: 'header', line: 5, column: 20 },
      },
      // `npm test`, "write the tests" and the https link are not doc paths.
      {
        type: 'related',
        target: 'docs/testing.md',
        source: { from: 'header', line: 8, column: 16 },
      },
    ]);
  });

  it('lets frontmatter win for single targets and merges lists', () => {
    const text = [
      '---',
      'plan: plans/a.md',
      'related: docs/x.md',
      '---',
      '# X',
      '',
      '**Plan**: `plans/b.md`',
      '**Related**: `docs/x.md`, `docs/y.md`',
      '',
    ].join('\n');
    expect(collectRelations(readModelInput(textSource(text)))).toEqual([
      { type: 'plan', target: 'plans/a.md', source: { from: 'frontmatter', line: 2, column: 1 } },
      { type: 'related', target: 'docs/x.md', source: { from: 'frontmatter', line: 3, column: 1 } },
      { type: 'related', target: 'docs/y.md', source: { from: 'header', line: 8, column: 28 } },
    ]);
  });

  it('reads previous and next handoffs', () => {
    const text = '# Handoff 3\n\n**Previous**: [2](HANDOFF_2.md)\n**Next**: `HANDOFF_4.md`\n';
    expect(
      collectRelations(readModelInput(textSource(text))).map((r) => [r.type, r.target]),
    ).toEqual([
      ['previous', 'HANDOFF_2.md'],
      ['next', 'HANDOFF_4.md'],
    ]);
  });
});

describe('collectRelations from prose', () => {
  it('reads phrases and handoff sections, each at its target, and stays quiet elsewhere', () => {
    const relations = collectRelations(readModelInput(fixtureSource('relations-text')));
    expect(
      relations.map((r) => `${r.type} ${r.target} ${r.source.line}:${r.source.column}`),
    ).toEqual([
      'supersedes handoffs/SESSION_1.md 3:25',
      'supersedes SESSION_2.md 3:64',
      'superseded_by ../reports/final.md#summary 4:41',
      'previous handoffs/SESSION_2.md 5:15',
      'next SESSION_4.md 5:64',
      'related docs/testing.md 7:7',
    ]);
    expect(relations.every((r) => r.source.from === 'body')).toBe(true);
  });

  it('lets header lines and frontmatter win for single types and skips duplicates', () => {
    const text = [
      '---',
      'previous: h1.md',
      '---',
      '# H2',
      '',
      '**Superseded by**: `v2.md`',
      '',
      '## Work',
      '',
      'Handoff from `h0.md`. Superseded by `v3.md`. Supersedes `old.md`.',
      'See also `old.md`.',
      '',
    ].join('\n');
    expect(
      collectRelations(readModelInput(textSource(text))).map((r) => `${r.type} ${r.target}`),
    ).toEqual(['previous h1.md', 'superseded_by v2.md', 'supersedes old.md', 'related old.md']);
  });

  it('reads a `## Previous session` section only when it points at a doc', () => {
    const text = (body: string) => `# H\n\n## Previous Session\n\n${body}\n`;
    const targets = (body: string) =>
      collectRelations(readModelInput(textSource(text(body)))).map((r) => `${r.type} ${r.target}`);
    expect(targets('See `handoffs/HANDOFF_2.md`.')).toEqual(['previous handoffs/HANDOFF_2.md']);
    expect(targets('Long prose that mentions `docs/api.md` and many other words.')).toEqual([]);
    expect(targets('- [x](x.md)')).toEqual([]);
  });
});
