import type { SourceDoc } from '../load/source-doc.ts';
import type { DateCandidate } from './date-candidate.ts';
import { DAY_FIRST_KEYS, findHeaderFields, HEADER_KEYS, WEAK_DATE_KEYS } from './header-keys.ts';
import { parseDate } from './parse-date.ts';
import { readModelInput, type ModelInput } from './read-model-input.ts';

/** Frontmatter keys beside `date` and `updated` that task tools write, best first. */
const FRONTMATTER_KEYS = {
  date: ['date', 'created', 'created_at', 'date_created', 'reviewed', 'verified', 'completed'],
  updated: ['updated', 'last_updated', 'updated_at', 'modified'],
} as const;

/**
 * Every date a doc states for its `date` and `updated`, most authoritative
 * first: frontmatter (`date`, then `created`), header lines (by label:
 * `Date`, `Report Date`, … `Created`; then head before summary before
 * footer), the file name, a dated folder, then the first heading. The
 * first that parses is used; `show` lists the rest as ignored. `parsed` is
 * null for text that is not a valid date, so `date-invalid` can point at it
 * and `missing-date` can tell "no date" from "no readable date".
 */
export function collectDateCandidates(source: SourceDoc): DateCandidate[] {
  return dateCandidatesFrom(readModelInput(source));
}

/** {@link collectDateCandidates} from input already read. */
export function dateCandidatesFrom(input: ModelInput): DateCandidate[] {
  const { sourceOf } = input.frontmatter;
  const raw = input.source.frontmatter?.data;
  const data: Record<string, unknown> =
    typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const candidates: DateCandidate[] = [];
  for (const field of ['date', 'updated'] as const) {
    for (const key of FRONTMATTER_KEYS[field]) {
      const value = frontmatterDate(data[key]);
      if (value === null) continue;
      // `created:` and friends are not in the schema; only a date there counts.
      const parsed = parseDate(value);
      if (parsed === null && key !== field) continue;
      candidates.push({ field, raw: value, parsed, source: sourceOf([key]), key });
    }
    const keys: readonly string[] =
      field === 'date' ? [...HEADER_KEYS.date, ...WEAK_DATE_KEYS] : HEADER_KEYS.updated;
    for (const header of findHeaderFields(input.headers, keys)) {
      const parsed = parseDate(header.text, { dayFirst: DAY_FIRST_KEYS.has(header.key) });
      if (parsed === null && WEAK_DATE_KEYS.includes(header.key)) continue;
      candidates.push({
        field,
        raw: header.text,
        parsed,
        source: header.source,
        key: header.label,
      });
    }
    if (field === 'date' && input.path.date) {
      const { value, source } = input.path.date;
      candidates.push({ field, raw: value, parsed: value, source });
    }
    candidates.push(...(input.heading?.dates.filter((date) => date.field === field) ?? []));
  }
  return candidates;
}

/** A frontmatter value as date text: YAML may give a string or, in YAML 1.1 mode, a Date. */
function frontmatterDate(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return null;
}
