import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sourceAt, type Locator } from './locate.ts';
import { normalizeKey, plainText, type HeaderField } from './parse-header-fields.ts';
import { stripDecoration } from './strip-decoration.ts';

/** The first header cell of a label-and-value table: `| Field | Value |`. */
const PAIR_HEADERS: ReadonlySet<string> = new Set([
  'field',
  'key',
  'property',
  'item',
  'attribute',
  'metadata',
  'campo',
  'feld',
  'champ',
]);

/**
 * Fields of a metadata table in a doc's head: two columns of label and value
 * (`| Field | Value |` then `| Status | Done |`, header row included), or one
 * row of values under a row of labels (`| Status | Date |` then `| Done |
 * 2025-12-01 |`). Other tables are content, not metadata, and give nothing.
 */
export function tableFields(table: Table, text: string, locate: Locator): HeaderField[] {
  const [head, ...body] = table.children;
  if (!head) return [];
  const pairs: [TableCell, TableCell][] = [];
  const corner = normalizeKey(toString(head.children[0] ?? head));
  const pairwise =
    head.children.length === 2 && (body.length !== 1 || PAIR_HEADERS.has(corner) || corner === '');
  if (pairwise) {
    for (const row of table.children) {
      const [label, value] = row.children;
      if (label && value) pairs.push([label, value]);
    }
  } else if (body.length === 1 && body[0]) {
    const values = body[0].children;
    head.children.forEach((label, index) => {
      const value = values[index];
      if (value) pairs.push([label, value]);
    });
  }
  return pairs.flatMap(([labelCell, valueCell]) => {
    const label = stripDecoration(toString(labelCell)).replace(/:$/, '');
    const key = normalizeKey(label);
    const start = valueCell.position?.start.offset;
    const end = valueCell.position?.end.offset;
    if (key === '' || start === undefined || end === undefined) return [];
    // The cell's source without its pipes and padding.
    const cell = text.slice(start, end);
    const raw = cell.replace(/^\|?\s*/, '');
    const value = raw.replace(/\s*\|?\s*$/, '');
    if (value === '') return [];
    const at = start + cell.length - raw.length;
    return [
      {
        label,
        key,
        value,
        text: plainText(value),
        offset: at,
        source: sourceAt('header', locate, at),
        zone: 'head' as const,
      },
    ];
  });
}
