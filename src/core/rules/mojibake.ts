import { findMojibake } from '../encoding/find-mojibake.ts';
import { codeRangesOf } from './code-ranges.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `mojibake`: UTF-8 text that was decoded as Windows-1252, Windows-1254 or
 * Mac Roman (`âœ…`, `ğŸ¯`, `‚úÖ` for ✅ and 🎯), including runs where bytes
 * the code page does not define were lost. Each run of high-half characters
 * is encoded back to bytes and decoded as strict UTF-8; only symbols, emoji
 * and Latin letters count, so real Portuguese, Turkish or German text stays
 * quiet. A fix is offered only when exactly one repair is possible. Code
 * blocks and inline code are skipped, frontmatter is checked.
 */
export const mojibake: DocRule = {
  id: 'mojibake',
  description: 'UTF-8 text that was read as Windows-1252, Windows-1254 or Mac Roman.',
  check({ source }) {
    const { text, file } = source;
    const { findings, remnants } = findMojibake(text, codeRangesOf(source.tree).all);
    for (const { start, end, actual, reason, expected, repair } of findings) {
      report(
        file,
        'mojibake',
        reason,
        { offset: start, endOffset: end },
        {
          expected,
          actual,
          fix: repair === undefined ? undefined : [{ start, end, text: repair }],
        },
      );
    }
    for (const { start, end, actual, reason } of remnants) {
      report(file, 'mojibake', reason, { offset: start, endOffset: end }, { actual });
    }
  },
};
