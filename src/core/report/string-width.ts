const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Characters most terminals draw two cells wide: emoji shown as emoji, and
// the main East Asian wide blocks (Hangul Jamo, CJK, Hangul syllables,
// compatibility ideographs, fullwidth forms). A full East Asian Width table
// is not worth a dependency for aligning a column.
const WIDE =
  /\p{Emoji_Presentation}|[\u1100-\u115F\u2E80-\u303E\u3041-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

// Printable ASCII is one cell per character: no segmenting needed.
const ASCII = /^[\x20-\x7E]*$/;

/** How many terminal cells a string takes: graphemes, two for wide ones. */
export function stringWidth(text: string): number {
  // Most report columns are plain ASCII; segmenting them was most of a long report's cost.
  if (ASCII.test(text)) return text.length;
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += WIDE.test(segment) ? 2 : 1;
  return width;
}
