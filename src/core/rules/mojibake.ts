import { diagnoseMojibake, type LocatedMojibake } from '../encoding/diagnose-mojibake.ts';
import { describeDiagnosis } from '../encoding/describe-mojibake.ts';
import type { MojibakePlace } from '../encoding/mojibake-place.ts';
import type { Locator } from '../model/locate.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `mojibake`: UTF-8 text that was decoded as Windows-1252, Windows-1254 or
 * Mac Roman (`âœ…`, `ğŸ¯`, `‚úÖ` for ✅ and 🎯), including runs where bytes
 * the code page does not define were lost. Each run of high-half characters
 * is encoded back to bytes and decoded as strict UTF-8; only symbols, emoji
 * and Latin letters count, so real Portuguese, Turkish or German text stays
 * quiet. One finding per file: a single place gets its own message, more
 * say how many places and how many are repairable, and list each place
 * (`places`). The fix holds every certain repair; when the damage is
 * file-wide it repairs every place, writing the likeliest character where
 * bytes were lost or `�` when nothing singles one out (`fillLostBytes`), so
 * no mojibake is left. Code blocks and inline code are read only when the
 * damage is file-wide (see `diagnoseMojibake`); frontmatter is checked.
 */
export const mojibake: DocRule = {
  id: 'mojibake',
  description: 'UTF-8 text that was read as Windows-1252, Windows-1254 or Mac Roman.',
  check({ source, index }) {
    const { text, file } = source;
    const diagnosis = diagnoseMojibake(text, index.code.all);
    const first = diagnosis?.places[0];
    if (!diagnosis || !first) return;
    const { places, fileWide } = diagnosis;
    // A wholly misdecoded file is repaired everywhere: a lost character becomes `�`.
    const fix = places.flatMap(({ start, end, repair, fill }) =>
      repair === undefined && !fileWide ? [] : [{ start, end, text: repair ?? fill }],
    );
    const single = places.length === 1;
    report(
      file,
      'mojibake',
      single ? first.reason : describeDiagnosis(diagnosis.codePage, places, fileWide),
      { offset: first.start, endOffset: first.end },
      {
        ...(single ? { expected: first.expected, actual: first.actual } : {}),
        fix: fix.length > 0 ? fix : undefined,
        places: places.map((place) => toPlace(index.locate, place, fileWide)),
      },
    );
  },
};

function toPlace(locate: Locator, place: LocatedMojibake, fileWide: boolean): MojibakePlace {
  const start = locate(place.start) ?? { line: 1, column: 1 };
  const end = locate(place.end) ?? start;
  return {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    // A guess or a `�` written by the whole-file repair is for a person to check.
    message:
      fileWide && place.repair === undefined
        ? `${place.reason}; \`statusdocs fix --write\` writes \`${place.fill}\``
        : place.reason,
    actual: place.actual,
    expected: place.expected,
    repair: place.repair ?? null,
    codePage: place.codePage,
    inCode: place.inCode,
  };
}
