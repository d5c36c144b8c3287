import { dateCandidatesFrom } from '../model/collect-date-candidates.ts';
import { monthNumber } from '../model/month-names.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `date-invalid`: a date that names a day that does not exist
 * (`2025-02-30`, `31/04/2025`, `Feb 30, 2025`), in frontmatter or a header
 * line. What is not meant as a day is not reported: a month (`December
 * 2025`), a year, a quarter, a week, `TBD`, a range or a time stamp are
 * read or left alone, and `05/12/2025` is ambiguous, not invalid.
 */
export const dateInvalid: DocRule = {
  id: 'date-invalid',
  description: 'Dates must be real calendar dates, best written YYYY-MM-DD.',
  check({ source, index }) {
    for (const candidate of dateCandidatesFrom(index.model)) {
      if (candidate.parsed !== null) continue;
      if (candidate.source.from !== 'frontmatter' && candidate.source.from !== 'header') continue;
      if (!namesNoDay(candidate.raw)) continue;
      const where = candidate.source.line
        ? { line: candidate.source.line, column: candidate.source.column ?? 1 }
        : undefined;
      const label = candidate.key ? `\`${candidate.key}\` ` : '';
      report(
        source.file,
        'date-invalid',
        `Date ${label}\`${candidate.raw}\` is not a valid date; write it as YYYY-MM-DD`,
        where,
        { actual: candidate.raw },
      );
    }
  },
};

/**
 * Whether `text` starts with a day, month and year that cannot be read as a
 * real day in any order people write them.
 */
function namesNoDay(text: string): boolean {
  const trimmed = text.trim();
  const numeric = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?!\d)/.exec(trimmed);
  if (numeric) {
    const [a, b, c] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const year = (numeric[1] ?? '').length === 4 ? a : (numeric[3] ?? '').length === 4 ? c : null;
    if (year === null) return false;
    const readings =
      year === a
        ? [[b, c]]
        : [
            [a, b],
            [b, a],
          ];
    return !readings.some(([month, day]) => realDay(year, month ?? 0, day ?? 0));
  }
  const named =
    /^(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|^(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})/iu.exec(
      trimmed,
    );
  if (!named) return false;
  const month = monthNumber(named[1] ?? named[5] ?? '');
  if (month === null) return false;
  return !realDay(Number(named[3] ?? named[6]), month, Number(named[2] ?? named[4]));
}

function realDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
