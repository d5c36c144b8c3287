import type { ValueSource } from './doc.ts';

/**
 * A date found in a doc, as written and as parsed, so that rules such as
 * `missing-date` and `date-invalid` can point at the raw text.
 */
export interface DateCandidate {
  /** The Doc field this date would fill. */
  field: 'date' | 'updated';
  /** The text as written (`Dec 9, 2025`, `2025-02-30`). */
  raw: string;
  /** `YYYY-MM-DD`, `YYYY-MM` for a month (`December 2025`), or null when the text is not a valid date. */
  parsed: string | null;
  /** Where it was found; line and column point at the raw text. */
  source: ValueSource;
  /** The header label (`Last Updated`) or frontmatter key it came from, when there is one. */
  key?: string;
}
