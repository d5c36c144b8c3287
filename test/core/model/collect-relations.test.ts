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
