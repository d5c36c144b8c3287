import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { analyzeTable, analyzeTables, labelKey } from '../../../src/core/metrics/analyze-table.ts';
import { parseMarkdown } from '../../../src/core/load/parse-markdown.ts';
import { indexNodes } from '../../../src/core/load/visit.ts';

function table(markdown: string): Table {
  const node = parseMarkdown(markdown).children[0];
  if (node?.type !== 'table') throw new Error('not a table');
  return node;
}

describe('analyzeTable', () => {
  const markdown = [
    '| Phase | Task | Time | Share | Status |',
    '|-------|------|------|-------|--------|',
    '| **1** | Review | 15 min | 25% | ✅ Done |',
    '| **2** | Build | `1.5 h` | 75% | ⏳ |',
    '| **3** | Ship | - | N/A |',
    '| ✅ **TOTAL** | | **~2 hrs** | 100% | ✅ Complete |',
  ].join('\n');

  it('reads headers and column kinds by majority of body cells', () => {
    const { columns } = analyzeTable(table(markdown));
    expect(columns.map((c) => [c.header, c.key, c.kind])).toEqual([
      ['Phase', 'phase', 'count'],
      ['Task', 'task', 'text'],
      ['Time', 'time', 'duration'],
      ['Share', 'share', 'percent'],
      ['Status', 'status', 'text'],
    ]);
  });

  it('parses cells, marks empty ones and pads short rows', () => {
    const { rows } = analyzeTable(table(markdown));
    expect(rows[1]?.cells[2]).toMatchObject({ text: '1.5 h', value: { min: 90 }, empty: false });
    expect(rows[2]?.cells.map((c) => c.empty)).toEqual([false, false, true, true, true]);
    expect(rows[2]?.cells[4]?.position?.start).toMatchObject({ line: 5, column: 1 });
  });

  it('finds TOTAL rows through bold and emoji, with cell positions', () => {
    const { rows } = analyzeTable(table(markdown));
    expect(rows.map((r) => r.total)).toEqual([null, null, null, 'total']);
    expect(rows[3]?.cells[2]).toMatchObject({
      text: '~2 hrs',
      value: { min: 120, approx: true },
      position: { start: { line: 6, column: 19 } },
    });
  });

  it('tells subtotal and section rows apart', () => {
    const { rows } = analyzeTable(
      table(
        '| Area | Hours |\n|--|--|\n| **Backend** | |\n| API | 3 |\n| Subtotal: | 3 |\n| Sum | 3 |',
      ),
    );
    expect(rows.map((r) => [r.total, r.section])).toEqual([
      [null, true],
      [null, false],
      ['subtotal', false],
      ['total', false],
    ]);
  });
});

describe('analyzeTables', () => {
  it('finds tables in order and none inside code blocks', () => {
    const tree = parseMarkdown(
      '| A |\n|---|\n| 1 |\n\n```\n| B |\n|---|\n| 2 |\n```\n\n- | C |\n  |---|\n  | 3 |\n',
    );
    expect(analyzeTables(indexNodes(tree)).map((t) => t.columns[0]?.header)).toEqual(['A', 'C']);
  });
});

describe('labelKey', () => {
  it.each([
    ['**✅ TOTAL:**', 'total'],
    ['Pass Rate', 'pass rate'],
    ['âœ… Overall', 'overall'],
    ['# Tests', '# tests'],
    ['`Time (h)`', 'time (h)'],
  ])('normalizes %j', (text, expected) => {
    expect(labelKey(text)).toBe(expected);
  });
});
