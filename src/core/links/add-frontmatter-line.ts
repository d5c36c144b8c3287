import { isMap } from 'yaml';
import type { TextEdit } from '../fix/text-edit.ts';
import type { SourceDoc } from '../load/source-doc.ts';

const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*\r?$/gm;
const PLAIN = /^[\w./-][\w./ -]*[\w./-]$|^[\w./-]$/;

/**
 * An edit adding `key: value` as the last line of a doc's frontmatter, or
 * undefined when that is not certain to be right: no frontmatter, YAML that
 * is broken or not a block mapping, or a key that is already there. The
 * value is quoted when it is not a plain path, and the file's own line
 * ending is used.
 */
export function addFrontmatterLine(
  source: SourceDoc,
  key: string,
  value: string,
): TextEdit[] | undefined {
  const frontmatter = source.frontmatter;
  if (!frontmatter || frontmatter.problems.length > 0) return undefined;
  const contents = frontmatter.document.contents;
  if (contents !== null && (!isMap(contents) || contents.flow)) return undefined;
  if (isMap(contents) && contents.has(key)) return undefined;
  let fence: number | undefined;
  for (const match of source.text.slice(0, frontmatter.bodyOffset).matchAll(CLOSING_FENCE)) {
    if (match.index >= frontmatter.yamlOffset) fence = match.index;
  }
  if (fence === undefined) return undefined;
  const newline = source.text.includes('\r\n') ? '\r\n' : '\n';
  const scalar = PLAIN.test(value) && !value.startsWith('- ') ? value : JSON.stringify(value);
  return [{ start: fence, end: fence, text: `${key}: ${scalar}${newline}` }];
}
