import type { PercentClaim } from '../metrics/body-claim.ts';
import {
  describesChange,
  hasDate,
  inPastSection,
  isGenericLabel,
} from '../metrics/claim-context.ts';
import { sectionAt, type Section } from '../metrics/collect-sections.ts';
import { findRestatedCounts } from '../metrics/find-restated-counts.ts';
import type { ParsedNumber } from '../metrics/parse-number.ts';
import { percentText } from '../metrics/stated-state.ts';
import { subjectKey } from '../metrics/subject-key.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** The interval a written percent stands for: rounding, and estimates (`~40%`) within 5 points. */
function interval(value: ParsedNumber): [number, number] {
  const slack = value.approx ? Math.max(5, value.max * 0.05) : value.step / 2;
  return [value.min - slack, value.max + slack];
}

function agree(a: PercentClaim, b: PercentClaim): boolean {
  const [x, y] = [interval(a.value), interval(b.value)];
  return x[0] <= y[1] + 1e-9 && y[0] <= x[1] + 1e-9;
}

const offsetOf = (claim: PercentClaim): number => claim.position.start.offset ?? 0;

/**
 * `restated-metric`: one metric of one subject stated twice in a doc with
 * different values. The doc's own test count (see `findRestatedCounts`), and
 * a numbered subject's completion (`Phase 2: 80%
 * complete`, a `| Phase 2 | 80% |` row) stated outside its own section
 * (`## Phase 2: Frontend`) and differently inside it (`Progress: 60%`).
 * Compared only when the doc has one section for that subject, the section
 * states one value under a plain label (`Progress`, `Completion`, `Status`)
 * or in its heading, and the doc states one other value for the subject;
 * claims that describe a change, carry a date, are bounds or sit in a
 * history section are left out, as are goals and targets.
 */
export const restatedMetric: DocRule = {
  id: 'restated-metric',
  description: 'One metric of one subject cannot have two values in the same doc.',
  check({ source, index }) {
    const heads = new Set(index.model.headers.map((field) => field.source.line));
    for (const { first, later, name, a, b } of findRestatedCounts(source.text, index)) {
      // Two header lines (`**Tests**:` in the head and the footer) are `metric-conflict`'s.
      if (heads.has(first.position.start.line) && heads.has(later.position.start.line)) continue;
      const what = name === 'tests' ? 'Test count' : `Tests ${name}`;
      report(
        source.file,
        'restated-metric',
        `${what} \`${b}\` in \`${later.text}\` contradicts \`${a}\` on line ${first.position.start.line}; make them agree`,
        later.position,
        { expected: [String(a)], actual: String(b) },
      );
    }
    const { sections } = index;
    const claims = index.claims.filter(
      (c): c is PercentClaim => c.metric === 'completion' && usable(c, sections),
    );
    if (claims.length < 2) return;
    for (const [key, own] of subjectSections(sections)) {
      const inside = claims.filter((c) => ownClaim(c, key, own, sections));
      const outside = claims.filter(
        (c) => (offsetOf(c) < own.start || offsetOf(c) >= own.end) && subjectKey(c.label) === key,
      );
      const stated = inside[0];
      const headline = outside[0];
      if (!stated || !headline) continue;
      // Several values on one side are a series or several scopes: not one claim each.
      if (!inside.every((c) => agree(c, stated)) || !outside.every((c) => agree(c, headline))) {
        continue;
      }
      if (agree(stated, headline)) continue;
      const [first, later] =
        offsetOf(headline) < offsetOf(stated) ? [headline, stated] : [stated, headline];
      report(
        source.file,
        'restated-metric',
        `Completion of \`${own.title}\` is \`${percentText(later)}\` here but \`${percentText(first)}\` on line ${first.position.start.line}; make them agree`,
        later.position,
        { expected: [percentText(first)], actual: later.text },
      );
    }
  },
};

/** Subject keys with exactly one section each (`## Phase 2` once); a repeated subject is ambiguous. */
function subjectSections(sections: readonly Section[]): Map<string, Section> {
  const found = new Map<string, Section | null>();
  for (const section of sections) {
    const key = subjectKey(section.title);
    if (key) found.set(key, found.has(key) ? null : section);
  }
  const single = new Map<string, Section>();
  for (const [key, section] of found) {
    if (section && !inPastSection(section)) single.set(key, section);
  }
  return single;
}

/**
 * Whether a claim is the section's own completion: on its heading, or
 * under a plain label (`Progress`, `Status`) in the section or in a
 * sub-section that names no subject of its own, or under the subject's
 * name (`Phase 2 progress: 60%`).
 */
function ownClaim(
  claim: PercentClaim,
  key: string,
  own: Section,
  sections: readonly Section[],
): boolean {
  const at = offsetOf(claim);
  if (at < own.start || at >= own.end) return false;
  if (claim.position.start.line === own.position.start.line) return true;
  if (subjectKey(claim.label) === key) return true;
  if (!isGenericLabel('completion', claim.label)) return false;
  for (
    let s = sectionAt(sections, at);
    s && s !== own;
    s = s.parent === null ? null : (sections[s.parent] ?? null)
  ) {
    if (subjectKey(s.title)) return false;
  }
  return true;
}

function usable(claim: PercentClaim, sections: readonly Section[]): boolean {
  if (claim.value.bound !== undefined || describesChange(claim.text) || hasDate(claim.text)) {
    return false;
  }
  return !inPastSection(sectionAt(sections, offsetOf(claim)));
}
