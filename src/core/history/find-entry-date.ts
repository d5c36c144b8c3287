import { formatDate, isValidDate } from '../model/parse-date.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+${DAY}${YEAR}\b`, 'i');
const DAY_MONTH = new RegExp(String.raw`\b${DAY}\s+${MONTH}${YEAR}\b`, 'i');

/** A date found in an entry's text, and the text it was written as. */
export interface EntryDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Offset and length of the date in the text. */
  index: number;
  length: number;
}

/**
 * The first date in a change-log entry: `2025-12-14`, `Dec 14, 2025`,
 * `14 Dec 2025`, or without a year (`(Dec 14)`), which is read as the last
 * such day not more than 60 days after `reference` (the doc's own date), since
 * a log lists the past. Day-month-number forms (`12/14`) are ambiguous and
 * never read. Null when no date is found or it names no real day.
 */
export function findEntryDate(text: string, reference: string | null): EntryDate | null {
  const iso = ISO.exec(text);
  const named = [MONTH_DAY.exec(text), DAY_MONTH.exec(text)]
    .filter((match) => match !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (iso && (!named || iso.index <= named.index)) {
    const date = `${iso[1] ?? ''}-${iso[2] ?? ''}-${iso[3] ?? ''}`;
    return isValidDate(date) ? { date, index: iso.index, length: iso[0].length } : null;
  }
  if (!named) return null;
  const monthFirst = named[0].charAt(0) > '9';
  const [monthName, day] = monthFirst ? [named[1], named[2]] : [named[2], named[1]];
  const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase()) + 1;
  const year = named[3] ? Number(named[3]) : guessYear(month, Number(day), reference);
  if (year === null) return null;
  const date = formatDate(year, month, Number(day));
  return isValidDate(date) ? { date, index: named.index, length: named[0].length } : null;
}

function guessYear(month: number, day: number, reference: string | null): number | null {
  if (reference === null) return null;
  const year = Number(reference.slice(0, 4));
  const candidate = Date.UTC(year, month - 1, day);
  const limit = Date.parse(`${reference}T00:00:00Z`) + 60 * 86_400_000;
  return candidate > limit ? year - 1 : year;
}
