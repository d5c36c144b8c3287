import { describe, expect, it } from 'vitest';
import { collectDateCandidates } from '../../../src/core/model/collect-date-candidates.ts';
import { fixtureSource, seedSource, textSource } from './fixture-source.ts';

describe('collectDateCandidates', () => {
  it('lists unparseable header dates with their position, for `date-invalid`', () => {
    expect(
      collectDateCandidates(fixtureSource('date-invalid-header', 'REPORT_20251209.md')),
    ).toEqual([
      {
        field: 'date',
        raw: '2025-02-30',
        parsed: null,
        source: { from: 'header', line: 3, column: 11 },
        key: 'Date',
      },
      { field: 'date', raw: '2025-12-09', parsed: '2025-12-09', source: { from: 'filename' } },
      {
        field: 'updated',
        raw: 'soon',
        parsed: null,
        source: { from: 'header', line: 4, column: 19 },
        key: 'Last Updated',
      },
      // `**Generated**: by the release bot` says who, not when: not a candidate.
    ]);
  });

  it('orders candidates best first: header footer before the title (seed 000)', () => {
    expect(collectDateCandidates(seedSource('000'))).toEqual([
      {
        field: 'updated',
        raw: '2025-12-15',
        parsed: '2025-12-15',
        source: { from: 'header', line: 421, column: 19 },
        key: 'Last Updated',
      },
      {
        field: 'updated',
        raw: '2025-12-13',
        parsed: '2025-12-13',
        source: { from: 'heading', line: 1, column: 40 },
      },
    ]);
  });

  it('includes frontmatter dates at their key, and a parsed `**Generated**` footer', () => {
    const text = '---\ndate: 2025-13-01\n---\n# X\n\n---\n\n**Generated**: 2025-12-12\n';
    expect(collectDateCandidates(textSource(text))).toEqual([
      {
        field: 'date',
        raw: '2025-13-01',
        parsed: null,
        source: { from: 'frontmatter', line: 2, column: 1 },
        key: 'date',
      },
      {
        field: 'date',
        raw: '2025-12-12',
        parsed: '2025-12-12',
        source: { from: 'header', line: 8, column: 16 },
        key: 'Generated',
      },
    ]);
  });

  it('finds nothing in seed 003', () => {
    expect(collectDateCandidates(seedSource('003'))).toEqual([]);
  });
});
