import { location } from 'vfile-location';
import type { SourceKind, ValueSource } from './doc.ts';

/** Maps offsets in a doc's text to 1-based line and column. */
export type Locator = (offset: number) => { line: number; column: number } | undefined;

/** A {@link Locator} for one text; build it once per doc, it indexes line starts. */
export function createLocator(text: string): Locator {
  const place = location(text);
  return (offset) => {
    const point = place.toPoint(offset);
    return point ? { line: point.line, column: point.column } : undefined;
  };
}

/** A {@link ValueSource} at `offset`, or without a position when the offset is unknown. */
export function sourceAt(from: SourceKind, locate: Locator, offset?: number): ValueSource {
  const point = offset === undefined ? undefined : locate(offset);
  return point ? { from, line: point.line, column: point.column } : { from };
}
