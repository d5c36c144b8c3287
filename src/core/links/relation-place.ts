import type { LoadedDoc } from '../load/source-doc.ts';
import type { Relation } from '../model/doc.ts';
import { location } from 'vfile-location';
import type { Place } from '../diagnostics/report.ts';

/** Where a relation is written: its frontmatter key or list item, or its header line. */
export function relationPlace(relation: Relation): Place {
  const { line, column } = relation.source;
  return line === undefined || column === undefined ? undefined : { line, column };
}

/**
 * The offsets of a relation's target text, searched on the line where the
 * relation is written (`plan: ../plans/x.md`, `- old.md`, a header line).
 * Undefined when the target is not written there verbatim.
 */
export function relationTargetRange(
  source: LoadedDoc,
  relation: Relation,
): { start: number; end: number } | undefined {
  const { line, column } = relation.source;
  if (line === undefined || column === undefined) return undefined;
  const offset = location(source.file).toOffset({ line, column });
  if (offset === undefined) return undefined;
  const lineEnd = source.text.indexOf('\n', offset);
  const rest = source.text.slice(offset, lineEnd === -1 ? undefined : lineEnd);
  const at = rest.indexOf(relation.target);
  return at === -1 ? undefined : { start: offset + at, end: offset + at + relation.target.length };
}
