import type { SourceDoc } from '../load/source-doc.ts';
import type { DateCandidate } from './date-candidate.ts';
import { findHeaderFields, HEADER_KEYS, WEAK_DATE_KEYS } from './header-keys.ts';
import { parseDate } from './parse-date.ts';
import { readModelInput, type ModelInput } from './read-model-input.ts';

/**
 * Every date a doc states for its `date` and `updated`, best first:
 * frontmatter, header lines, file name, then the title. `parsed` is null for
 * text that is not a valid date, so `date-invalid` can point at it and
 * `missing-date` can tell "no date" from "no readable date".
 */
export function collectDateCandidates(source: SourceDoc): DateCandidate[] {
  return dateCandidatesFrom(readModelInput(source));
}

/** {@link collectDateCandidates} from input already read. */
export function dateCandidatesFrom(input: ModelInput): DateCandidate[] {
  const { data, sourceOf } = input.frontmatter;
  const candidates: DateCandidate[] = [];
  for (const field of ['date', 'updated'] as const) {
    const raw = data[field];
    if (raw !== undefined) {
      candidates.push({
        field,
        raw,
        parsed: parseDate(raw),
        source: sourceOf([field]),
        key: field,
      });
    }
    const keys: readonly string[] =
      field === 'date' ? [...HEADER_KEYS.date, ...WEAK_DATE_KEYS] : HEADER_KEYS.updated;
    for (const header of findHeaderFields(input.headers, keys)) {
      const parsed = parseDate(header.text);
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
