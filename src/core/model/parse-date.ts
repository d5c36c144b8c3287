/**
 * Dates as real status docs write them. Only unambiguous forms are read:
 * `12/09/2025` could be either day or month first, so it is not guessed.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// What may follow a date: nothing, a time (`T10:00`, ` 14:20`), or a comment after a separator.
const REST = String.raw`(?=$|[T\s(),;|–—-])`;

const FORMS: readonly { pattern: RegExp; order: 'ymd' | 'mdy' | 'dmy' }[] = [
  { pattern: new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${REST}`), order: 'ymd' },
  { pattern: new RegExp(String.raw`^${MONTH}\s+${DAY},?\s+(\d{4})${REST}`, 'i'), order: 'mdy' },
  { pattern: new RegExp(String.raw`^${DAY}\s+${MONTH},?\s+(\d{4})${REST}`, 'i'), order: 'dmy' },
];

/** Whether `YYYY-MM-DD` names a real calendar day (`2025-02-30` does not). */
export function isValidDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids time zone shifts.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Read a date written as `2025-12-12`, `2025-12-12T10:00`, `2025/12/12`,
 * `Dec 9, 2025`, `December 9th, 2025` or `9 Dec 2025`, optionally followed by
 * a time or a comment (`2025-12-12 (evening)`). Returns `YYYY-MM-DD`, or null
 * when the text is not such a date or names a day that does not exist.
 */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  for (const { pattern, order } of FORMS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const date = order === 'ymd' ? fromYmd(match) : fromNamedMonth(match, order);
    return date !== null && isValidDate(date) ? date : null;
  }
  return null;
}

/** `YYYY-MM-DD` from numbers, zero-padded. */
export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromYmd(match: RegExpExecArray): string {
  return formatDate(Number(match[1]), Number(match[3]), Number(match[4]));
}

function fromNamedMonth(match: RegExpExecArray, order: 'mdy' | 'dmy'): string | null {
  const [monthName, day] = order === 'mdy' ? [match[1], match[2]] : [match[2], match[1]];
  const key = (monthName ?? '').toLowerCase();
  const month = Object.hasOwn(MONTHS, key) ? (MONTHS[key] ?? null) : null;
  if (month === null) return null;
  return formatDate(Number(match[3]), month, Number(day));
}
