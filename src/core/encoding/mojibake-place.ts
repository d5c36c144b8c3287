/**
 * One place of a file's mojibake, as the `mojibake` finding lists it (in
 * JSON and on the site): where it is, what is written, what it was.
 * Positions are 1-based; the end is exclusive, as in unist.
 */
export interface MojibakePlace {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** What is wrong at this place and how to repair it, one sentence. */
  message: string;
  /** The characters as written, e.g. `âœ…`. */
  actual: string;
  /** The possible originals, likeliest first; empty for a remnant too damaged to guess. */
  expected: string[];
  /** The original when exactly one is possible, else `null`. */
  repair: string | null;
  /** The code page the place reads in, e.g. `Windows-1252`. */
  codePage: string;
  /** Whether the place is inside code (a code block or span), repaired only when the damage is file-wide. */
  inCode: boolean;
}
