import { PICTOGRAPHIC, type Piece } from './read-mojibake.ts';

/** What a UTF-8 decoder writes for bytes it cannot read: the mark of a lost character. */
export const LOST = '\uFFFD';

/**
 * The text to write for a group of mojibake pieces when the whole file is
 * repaired: each certain character as it was, and for each piece whose
 * byte was lost the one candidate the evidence singles out, else `�`
 * (U+FFFD, the replacement character). The evidence is, in order: the only
 * candidate the doc already uses (its own text, a certain repair, a
 * resolved box line), or for a lone damaged character that could not be box
 * drawing and that the doc gives no hint on, the only emoji (`E2 ? 8C` is
 * `⁌ ⍌ ⏌ ␌ ❌`: a status doc's `❌`). Pure.
 */
export function fillLostBytes(group: readonly Piece[], known: ReadonlySet<string>): string {
  const lone = group.filter((piece) => piece.candidates.length > 1).length === 1;
  return group
    .map((piece) => {
      const { candidates } = piece;
      if (candidates.length <= 1) return candidates[0] ?? LOST;
      const used = candidates.filter((char) => known.has(char));
      if (used.length === 1) return used[0] ?? LOST;
      if (!lone || used.length > 1 || candidates.some(isBoxDrawing)) return LOST;
      const emoji = candidates.filter((char) => PICTOGRAPHIC.test(char));
      return emoji.length === 1 ? (emoji[0] ?? LOST) : LOST;
    })
    .join('');
}

function isBoxDrawing(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x2500 && code <= 0x257f;
}
