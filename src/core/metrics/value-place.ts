import type { ValueSource } from '../model/doc.ts';

/** A line and column from a value's source, or undefined (the top of the file) when it has none. */
export function placeOf(
  source: ValueSource | undefined,
): { line: number; column: number } | undefined {
  return source?.line ? { line: source.line, column: source.column ?? 1 } : undefined;
}

/** `line 4` for a source with a line, or `frontmatter` / `header` otherwise. */
export function lineOf(source: ValueSource | undefined): string {
  return source?.line ? `line ${source.line}` : (source?.from ?? 'the doc');
}
