import type { Table, TableCell as MdastTableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { nodesOf, type NodeIndex } from '../load/visit.ts';
import { parseNumber, type NumberKind, type ParsedNumber } from './parse-number.ts';

/** What a column holds, by the majority of its parsable body cells. */
export type ColumnKind = NumberKind | 'text';

/** One column of a table. */
export interface TableColumn {
  index: number;
  /** Header text as written, markup removed (`Pass Rate`). */
  header: string;
  /** Header normalized for matching: lowercase, no emoji or punctuation (`pass rate`). */
  key: string;
  kind: ColumnKind;
}

/** One cell of a body row. Rows shorter than the header get empty cells. */
export interface TableCellInfo {
  column: number;
  /** Cell text, markup removed, trimmed. */
  text: string;
  /** The cell read as a number, or null. */
  value: ParsedNumber | null;
  /** Empty, `-`, `—`, `N/A`, `n/a`, `none`: no value rather than a wrong one. */
  empty: boolean;
  /** Where the cell's content is (without pipes and padding); for a missing cell, its row. */
  position: Position | undefined;
}

/** One body row. */
export interface TableRowInfo {
  /** 0-based index among body rows. */
  index: number;
  cells: TableCellInfo[];
  /** `total` for TOTAL/Total/Overall/Sum/Grand total rows, `subtotal` for Subtotal rows. */
  total: 'total' | 'subtotal' | null;
  /** A heading row inside the table: a label in the first cell and nothing else. */
  section: boolean;
  position: Position | undefined;
}

/** A GFM table read for checking. */
export interface TableAnalysis {
  columns: TableColumn[];
  rows: TableRowInfo[];
}

const EMPTY = /^(?:|-+|–|—|n\/?a|none|\.{3}|…)$/i;
/** A character that no {@link EMPTY} cell has, markup and spaces aside: most cells have one. */
const NOT_EMPTY = /[^-–—na/oe.…*_`\s]/i;

function isEmptyCell(text: string): boolean {
  return !NOT_EMPTY.test(text) && EMPTY.test(text.replace(/[*_`\s]/g, ''));
}
const TOTAL = /^(?:total|totals|overall|sum|grand total|all)$/;
/**
 * `Subtotal`, and a short labelled total (`Core total`, `Phase 1 Total`):
 * part of a grand total. Not a measurement named `…-window total`.
 */
const SUBTOTAL =
  /^(?:sub-?total|section total)$|^[\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+){0,2} (?:sub-?)?total$/u;

/**
 * Normalize a label for matching: drop emoji, mojibake, markup and
 * punctuation at the ends, collapse spaces, lowercase. `**✅ TOTAL:**` → `total`.
 */
export function labelKey(text: string): string {
  return text
    .replace(/[^\x20-\x7E]/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^A-Za-z0-9%#]+|[^A-Za-z0-9%#)]+$/g, '')
    .toLowerCase();
}

/**
 * Read an mdast `table` node: headers, body cells parsed as numbers, column
 * kinds, TOTAL-like rows and section rows, each with its position. Pure.
 *
 * A column's kind is the number kind of more than half of its non-empty body
 * cells (TOTAL rows excluded), else `text`.
 */
export function analyzeTable(table: Table): TableAnalysis {
  const [head, ...body] = table.children;
  const headers = (head?.children ?? []).map((cell) => cellText(cell));
  const width = headers.length;
  const rows = body.map((row, index): TableRowInfo => {
    const cells: TableCellInfo[] = [];
    for (let column = 0; column < width; column++) {
      const cell = row.children[column];
      const text = cell ? cellText(cell) : '';
      cells.push({
        column,
        text,
        value: parseNumber(text),
        empty: isEmptyCell(text),
        position: contentPosition(cell) ?? row.position,
      });
    }
    const label = labelKey(cells[0]?.text ?? '');
    const total = TOTAL.test(label) ? 'total' : SUBTOTAL.test(label) ? 'subtotal' : null;
    const section =
      total === null && label !== '' && width > 1 && cells.slice(1).every((cell) => cell.empty);
    return { index, cells, total, section, position: row.position };
  });
  const columns = headers.map((header, index): TableColumn => ({
    index,
    header,
    key: labelKey(header),
    kind: columnKind(rows, index),
  }));
  return { columns, rows };
}

/**
 * Every GFM table of a doc, analyzed, in document order. Tables inside code
 * blocks are code, not tables, so they are never seen. Analysed once per
 * doc (`indexDoc`) and shared by the table rules; treat it as read-only.
 */
export function analyzeTables(nodes: NodeIndex): readonly TableAnalysis[] {
  return nodesOf(nodes, 'table').map(analyzeTable);
}

/** The kind of more than half of a column's non-empty body cells, TOTAL rows left out. */
function columnKind(rows: readonly TableRowInfo[], index: number): ColumnKind {
  const counts = new Map<NumberKind, number>();
  let filled = 0;
  for (const row of rows) {
    const cell = row.total ? undefined : row.cells[index];
    if (cell === undefined || cell.empty) continue;
    filled++;
    if (cell.value) counts.set(cell.value.kind, (counts.get(cell.value.kind) ?? 0) + 1);
  }
  for (const [kind, count] of counts) if (count * 2 > filled) return kind;
  return 'text';
}

/** From the first inline node to the last, so findings point at the value itself. */
function contentPosition(cell: MdastTableCell | undefined): Position | undefined {
  const start = cell?.children[0]?.position?.start;
  const end = cell?.children.at(-1)?.position?.end;
  return start && end ? { start, end } : cell?.position;
}

function cellText(cell: MdastTableCell): string {
  // Most cells are one text node; reading it directly skips a tree walk.
  const only = cell.children.length === 1 ? cell.children[0] : undefined;
  const text = only?.type === 'text' ? only.value : toString(cell);
  return text.replace(/\s+/g, ' ').trim();
}
