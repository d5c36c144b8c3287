import { monthNumber } from './month-names.ts';

/**
 * Dates as real status docs write them. Only unambiguous forms are read:
 * `12/09/2025` could be either day or month first, so it is not guessed
 * unless the day is over 12 or the caller knows the language puts the day
 * first (a `**Data**:` or `**Datum**:` label).
 */

const NAME = String.raw`(\p{L}{3,12})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|\.|º)?`;
// What may follow a date: nothing, a time (`T10:00`, ` 14:20`, `_00-39`), a range (`/23`), or a comment.
const REST = String.raw`(?=$|[T\s(),;|–—./_~-])`;

type Order = 'ymd' | 'mdy' | 'dmy' | 'numeric' | 'ym' | 'my' | 'cjk';

const FORMS: readonly { pattern: RegExp; order: Order }[] = [
  {
    pattern: new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${REST}`, 'u'),
    order: 'ymd',
  },
  {
    pattern: new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${REST}`, 'u'),
    order: 'numeric',
  },
  { pattern: new RegExp(String.raw`^${NAME}\s+${DAY},?\s+(\d{4})${REST}`, 'iu'), order: 'mdy' },
  {
    pattern: new RegExp(String.raw`^${DAY}\s+(?:de\s+)?${NAME},?\s+(?:de\s+)?(\d{4})${REST}`, 'iu'),
    order: 'dmy',
  },
  { pattern: /^(\d{4})年(\d{1,2})月(\d{1,2})日/u, order: 'cjk' },
  // What the `date` command prints: `Thu Sep  4 15:31:12 CEST 2025` (weekday cut before).
  {
    pattern: new RegExp(
      String.raw`^${NAME}\s+${DAY}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5}|\s+[+-]\d{4})?\s+(\d{4})${REST}`,
      'u',
    ),
    order: 'mdy',
  },
  // Month precision: `December 2025`, `dezembro de 2025`, `2025-12`, `2025年12月`.
  {
    pattern: new RegExp(String.raw`^${NAME},?\s+(?:de\s+)?(\d{4})(?=$|[\s(),;|–—.])`, 'iu'),
    order: 'my',
  },
  { pattern: /^(\d{4})(?:-(\d{2})|年(\d{1,2})月)(?=$|[\s(),;|–—.])/u, order: 'ym' },
];

/**
 * A weekday before a date (`Thu, 4 Sep 2025`, `Do  4 Sep 2025`, `lundi 4 …`):
 * English, German, Portuguese, Spanish and French names and their short forms.
 */
const WEEKDAY = new RegExp(
  String.raw`^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|seg|ter|qua|qui|sex|sáb|dom|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|lun|mar|mié|jue|vie|lunes|martes|miércoles|jueves|viernes|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?\s+(?=\d|\p{L}{3,12}\.?\s+\d)`,
  'iu',
);

/** Options of {@link parseDate}. */
export interface ParseDateOptions {
  /** Read `05/12/2025` as 5 December: the label is in a language that writes the day first. */
  dayFirst?: boolean;
}

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
 * `07.11.2025`, `Dec 9, 2025`, `December 9th, 2025`, `9 Dec 2025`,
 * `7 de dezembro de 2025`, `7. Dezember 2025` or `2025年12月7日`, optionally
 * followed by a time or a comment (`2025-12-12 (evening)`). Returns
 * `YYYY-MM-DD`; a month alone (`December 2025`, `2025-12`) gives `YYYY-MM`.
 * Null when the text is not such a date or names a day that does not exist.
 */
export function parseDate(text: string, options: ParseDateOptions = {}): string | null {
  const trimmed = text.trim();
  const date = parseTrimmed(trimmed, options);
  if (date !== null || !WEEKDAY.test(trimmed)) return date;
  // Only a date that reads as a day once the weekday is cut: `Mar 2025` stays March.
  const rest = parseTrimmed(trimmed.replace(WEEKDAY, ''), options);
  return rest?.length === 10 ? rest : null;
}

function parseTrimmed(trimmed: string, options: ParseDateOptions): string | null {
  for (const { pattern, order } of FORMS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const date = toDate(match, order, options);
    if (date === null) continue;
    if (date.length === 7) return date;
    return isValidDate(date) ? date : null;
  }
  return null;
}

function toDate(m: RegExpExecArray, order: Order, options: ParseDateOptions): string | null {
  switch (order) {
    case 'ymd':
      return formatDate(Number(m[1]), Number(m[3]), Number(m[4]));
    case 'numeric': {
      const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
      // Dots are day first everywhere they are used (`07.11.2025`).
      const dayFirst = first > 12 || (second <= 12 && (m[2] === '.' || options.dayFirst === true));
      if (!dayFirst && second <= 12) return null;
      return dayFirst ? formatDate(year, second, first) : formatDate(year, first, second);
    }
    case 'mdy':
    case 'dmy': {
      const [name, day] = order === 'mdy' ? [m[1], m[2]] : [m[2], m[1]];
      const month = monthNumber(name ?? '');
      return month === null ? null : formatDate(Number(m[3]), month, Number(day));
    }
    case 'cjk':
      return formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
    case 'my': {
      const month = monthNumber(m[1] ?? '');
      return month === null ? null : formatMonth(Number(m[2]), month);
    }
    case 'ym': {
      const month = Number(m[2] ?? m[3]);
      return month >= 1 && month <= 12 ? formatMonth(Number(m[1]), month) : null;
    }
  }
}

/** `YYYY-MM-DD` from numbers, zero-padded. */
export function formatDate(year: number, month: number, day: number): string {
  return `${formatMonth(year, month)}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM` from numbers, zero-padded. */
function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
