/**
 * Emoji, variation selectors, zero-width joiners, keycaps and flags: the
 * decoration of headings and status lines, never part of a title. Arrows
 * (`↔`, `→`) and `©`, `®`, `™` are emoji only with the emoji selector: as
 * text they carry meaning (`Client ↔ Server Sync`).
 */
const EMOJI =
  /(?![\u2190-\u21FF\u00A9\u00AE\u2122](?!\uFE0F))\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0E|\uFE0F|\u200D|\u20E3/gu;

/**
 * How an emoji looks after UTF-8 was read as Windows-1252/1254 (`ðŸŽ¯`, `ğŸ¯`,
 * `âœ…`) or Mac Roman (`üéØ` after an invisible U+F8FF, `‚úÖ`). Only whole
 * tokens are matched, so words with accented letters are left alone.
 */
const MOJIBAKE_TOKEN =
  /^(?:[ðğ]Ÿ.{1,2}|\uF8FF?ü.{1,2}|â[\u0080-\u00BF\u0152-\u2122].{0,4}|‚[\u0080-\u00FF\u0152-\u2122].{0,4})$/u;

/**
 * Characters that decorate the ends of a title: markup, separators, symbols.
 * Brackets, `%`, `+`, `.` and `?` are kept: they belong to titles such as
 * `Plan (v2)`, `Coverage 100%`, `C++` or `Ready?`.
 */
const EDGE = /^[\s*_~:;,|\-–—=>#·•\p{So}\p{Cc}\uF8FF]$/u;

/** Whether a whitespace-separated token is only decoration (emoji, symbols, mangled emoji). */
export function isDecorationToken(token: string): boolean {
  if (/[A-Za-z0-9]/.test(token)) return false;
  const rest = token.replace(EMOJI, '').replace(/[\p{P}\p{S}\p{Cc}\uF8FF]/gu, '');
  return rest === '' || MOJIBAKE_TOKEN.test(token);
}

/**
 * Strip emoji anywhere, and decoration (mangled emoji, `**`, `:`, `-`, `|`)
 * at both ends, from a heading or label: `🎯 **Status** -` becomes `Status`.
 */
export function stripDecoration(text: string): string {
  const tokens = text.replace(EMOJI, ' ').split(/\s+/).filter(Boolean);
  let start = 0;
  let end = tokens.length;
  while (start < end && isDecorationToken(tokens[start] ?? '')) start++;
  while (end > start && isDecorationToken(tokens[end - 1] ?? '')) end--;
  return trimEdges(tokens.slice(start, end).join(' '));
}

/** Trim {@link EDGE} characters, one at a time: a regex over long runs would be quadratic. */
function trimEdges(text: string): string {
  // Code points: the EDGE class is tested one character at a time.
  const chars = Array.from(text);
  let start = 0;
  let end = chars.length;
  while (start < end && EDGE.test(chars[start] ?? '')) start++;
  while (end > start && EDGE.test(chars[end - 1] ?? '')) end--;
  return chars.slice(start, end).join('');
}
