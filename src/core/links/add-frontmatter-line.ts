import { isMap } from 'yaml';
import type { TextEdit } from '../diagnostics/text-edit.ts';
import type { SourceDoc } from '../load/source-doc.ts';

const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*\r?$/gm;
const PLAIN = /^[\w./-][\w./ -]*[\w./-]$|^[\w./-]$/;

/**
 * Where a line can be added to a doc's frontmatter: the offset of its
 * closing fence and the keys already there; null when adding a line is not
 * certain to be right (no frontmatter, YAML that is broken or not a block
 * mapping). Plain data, kept in the check cache with the doc.
 */
export interface FrontmatterSlot {
  fence: number;
  keys: string[];
  newline: '\n' | '\r\n';
}

/** A doc's frontmatter slot, read from its parsed YAML (see `analyzeDoc`). */
export function readFrontmatterSlot(source: SourceDoc): FrontmatterSlot | null {
  const frontmatter = source.frontmatter;
  if (!frontmatter || frontmatter.problems.length > 0) return null;
  const contents = frontmatter.document.contents;
  if (contents !== null && (!isMap(contents) || contents.flow)) return null;
  let fence: number | undefined;
  for (const match of source.text.slice(0, frontmatter.bodyOffset).matchAll(CLOSING_FENCE)) {
    if (match.index >= frontmatter.yamlOffset) fence = match.index;
  }
  if (fence === undefined) return null;
  const keys = isMap(contents) ? contents.items.map((pair) => String(pair.key)) : [];
  return { fence, keys, newline: source.text.includes('\r\n') ? '\r\n' : '\n' };
}

/**
 * An edit adding `key: value` as the last line of a doc's frontmatter, or
 * undefined when that is not certain to be right: no usable frontmatter
 * (see {@link FrontmatterSlot}) or a key that is already there. The value
 * is quoted when it is not a plain path, and the file's own line ending is
 * used.
 */
export function addFrontmatterLine(
  slot: FrontmatterSlot | null,
  key: string,
  value: string,
): TextEdit[] | undefined {
  if (!slot || slot.keys.includes(key)) return undefined;
  const scalar = PLAIN.test(value) && !value.startsWith('- ') ? value : JSON.stringify(value);
  return [{ start: slot.fence, end: slot.fence, text: `${key}: ${scalar}${slot.newline}` }];
}
