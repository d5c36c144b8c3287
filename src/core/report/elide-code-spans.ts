import { stringWidth } from './string-width.ts';

/** Code spans shorter than this stay whole: only long paths and runs are worth cutting. */
const LONGEST_KEPT = 40;
/** Characters kept at each end of a cut span: the start of a path and its file name. */
const HEAD = 16;
const TAIL = 24;

/**
 * Fit a one-line message into `room` terminal cells by cutting the middle
 * of its longest code spans (`` `c:\Users\ann\…\plans\complete.plan.md` ``),
 * longest first, until it fits or no span is long enough to cut. The
 * finding's line and column still point at the whole value; JSON and the
 * other formats keep it. Returns the text unchanged when it fits. Pure.
 */
export function elideCodeSpans(text: string, room: number): string {
  let result = text;
  while (stringWidth(result) > room) {
    const spans = [...result.matchAll(/`([^`]+)`/g)]
      .map((match) => ({ at: match.index + 1, value: match[1] ?? '' }))
      .filter((span) => Array.from(span.value).length > LONGEST_KEPT && !span.value.includes('…'));
    const longest = spans.sort((a, b) => b.value.length - a.value.length)[0];
    if (!longest) return result;
    const chars = Array.from(longest.value);
    const cut = `${chars.slice(0, HEAD).join('')}…${chars.slice(-TAIL).join('')}`;
    result = result.slice(0, longest.at) + cut + result.slice(longest.at + longest.value.length);
  }
  return result;
}
