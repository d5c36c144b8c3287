import { stringWidth } from './string-width.ts';

/** Below this many columns wrapping makes a message harder to read, not easier. */
const NARROWEST = 24;

/**
 * Split a one-line text at spaces into lines of at most `width` terminal
 * cells. A word wider than the width gets a line of its own, never cut (a
 * path must stay one piece to copy it). `Infinity`, or a width too narrow
 * to be worth it, keeps the text on one line.
 */
export function wrapText(text: string, width: number): string[] {
  if (!Number.isFinite(width) || width < NARROWEST || stringWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (stringWidth(line) + 1 + stringWidth(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}
