/** Escape text for XML and HTML text and attribute values (one escaper for every feed and SVG). */
export { escapeXml } from '../../core/encoding/escape-xml.ts';

/**
 * A coordinate with at most one decimal and no trailing zeros, so the same
 * chart always prints the same bytes (no `0.30000000000000004`).
 */
export function coord(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
