import { codeRangesOf } from './code-ranges.ts';
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
 * find. One message per run of `�`. Frontmatter is checked.
 */
export const replacementChar: DocRule = {
  id: 'replacement-char',
  description: 'The Unicode replacement character `�`, left where bytes were lost.',
  check({ source }) {
    const { text, file } = source;
    if (!text.includes('\uFFFD')) return;
    const code = codeRangesOf(source.tree).all;
    for (const match of text.matchAll(/\uFFFD+/g)) {
      const start = match.index;
      const end = start + match[0].length;
      if (code.some(([from, to]) => start < to && end > from)) continue;
      report(
        file,
        'replacement-char',
        `Replacement character \`${match[0]}\` in \`${contextOf(text, start, end)}\`: bytes were lost in an encoding round trip; restore the original character`,
        { offset: start, endOffset: end },
        { actual: match[0] },
      );
    }
  },
};
