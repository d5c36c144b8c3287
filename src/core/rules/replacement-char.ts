import { diagnoseMojibake } from '../encoding/diagnose-mojibake.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Characters of context on each side of a run, within its line. */
const CONTEXT = 12;

/**
 * The run with a few characters either side, cut at line ends and backticks
 * (which would close the code span), trimmed of spaces at the edges.
 */
function contextOf(text: string, start: number, end: number): string {
  const before = Array.from(text.slice(Math.max(0, start - CONTEXT * 2), start))
    .slice(-CONTEXT)
    .join('');
  const after = Array.from(text.slice(end, end + CONTEXT * 2))
    .slice(0, CONTEXT)
    .join('');
  const head = before.split(/[\r\n`]/).at(-1) ?? '';
  const tail = after.split(/[\r\n`]/)[0] ?? '';
  return `${head.trimStart()}${text.slice(start, end)}${tail.trimEnd()}`;
}

/**
 * `replacement-char`: U+FFFD `�` outside code. A decoder puts it where bytes
 * could not be read, so the original character is gone and no fix can be
 * offered; the message quotes the surrounding text so the spot is easy to
 * find. One finding per file, at the first run, naming the lines of the
 * others: one round trip lost them all. Runs inside mojibake (`âœ�ï¸�`) are
 * left to `mojibake`, which reports the file once and counts the places to
 * restore by hand. Frontmatter is checked.
 */
export const replacementChar: DocRule = {
  id: 'replacement-char',
  description: 'The Unicode replacement character `�`, left where bytes were lost.',
  check({ source, index }) {
    const { text, file } = source;
    if (!text.includes('\uFFFD')) return;
    const code = index.code.all;
    const mojibake = diagnoseMojibake(text, code)?.places ?? [];
    const runs = [...text.matchAll(/\uFFFD+/g)].flatMap((match) => {
      const start = match.index;
      const end = start + match[0].length;
      const covered = (from: number, to: number): boolean => start < to && end > from;
      if (code.some(([from, to]) => covered(from, to))) return [];
      if (mojibake.some((place) => covered(place.start, place.end))) return [];
      return [{ start, end, run: match[0] }];
    });
    const [first, ...others] = runs;
    if (!first) return;
    const lines = others.map((other) => index.locate(other.start)?.line ?? 1);
    const more =
      lines.length === 0
        ? ''
        : `, and ${lines.length} more (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')})`;
    report(
      file,
      'replacement-char',
      `Replacement character \`${first.run}\` in \`${contextOf(text, first.start, first.end)}\`${more}: bytes were lost in an encoding round trip; restore the original character`,
      { offset: first.start, endOffset: first.end },
      { actual: first.run },
    );
  },
};
