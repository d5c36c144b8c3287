import type { PercentClaim } from './body-claim.ts';
import { describesChange, hasDate, inPastSection, isGenericLabel } from './claim-context.ts';
import type { Section } from './collect-sections.ts';
import type { DocIndex } from './doc-index.ts';
import type { ParsedNumber } from './parse-number.ts';
import { sectionsAt } from './sections-at.ts';
import { subjectKey } from './subject-key.ts';

/** A numbered subject's completion stated in its section and elsewhere, differently. */
export interface RestatedCompletion {
  /** The subject's section (`## Phase 2: Checkout flow`). */
  own: Section;
  first: PercentClaim;
  later: PercentClaim;
}

/** A completion claim with its innermost section and the subject its label names. */
interface Placed {
  claim: PercentClaim;
  offset: number;
  section: Section | null;
  key: string | null;
}

/**
 * A numbered subject's completion (`Phase 2: 80% complete`, a `| Phase 2 |
 * 80% |` row) stated outside its own section (`## Phase 2: …`) and
 * differently inside it (`Progress: 60%`). Compared only when the doc has
 * one section for that subject, the section states one value, and the rest
 * of the doc one other value. Claims that describe a change, carry a date,
 * are bounds or sit in a history section are left out (goals and targets
 * are not claims). Linear in claims and sections.
 */
export function findRestatedCompletions(index: DocIndex): RestatedCompletion[] {
  const { sections } = index;
  const claims = index.claims.filter(
    (c): c is PercentClaim =>
      c.metric === 'completion' &&
      c.value.bound === undefined &&
      !describesChange(c.text) &&
      !hasDate(c.text),
  );
  if (claims.length < 2) return [];
  const offsets = claims.map((claim) => claim.position.start.offset ?? 0);
  const around = sectionsAt(sections, offsets);
  const placed: Placed[] = claims
    .map((claim, at) => ({
      claim,
      offset: offsets[at] ?? 0,
      section: around[at] ?? null,
      key: subjectKey(claim.label),
    }))
    .filter((each) => !inPastSection(each.section));
  const byKey = new Map<string, Placed[]>();
  for (const each of placed)
    if (each.key) byKey.set(each.key, [...(byKey.get(each.key) ?? []), each]);
  const found: RestatedCompletion[] = [];
  for (const [key, own] of subjectSections(sections)) {
    const named = byKey.get(key);
    if (!named) continue;
    const within = (each: Placed) => each.offset >= own.start && each.offset < own.end;
    const inside = placedWithin(placed, own).filter((each) => ownClaim(each, key, own, sections));
    const outside = named.filter((each) => !within(each)).map((each) => each.claim);
    const stated = inside[0]?.claim;
    const headline = outside[0];
    if (!stated || !headline) continue;
    // Several values on one side are a series or several scopes: not one claim each.
    if (!inside.every((each) => agree(each.claim, stated))) continue;
    if (!outside.every((claim) => agree(claim, headline)) || agree(stated, headline)) continue;
    const [first, later] =
      offsetOf(headline) < offsetOf(stated) ? [headline, stated] : [stated, headline];
    found.push({ own, first, later });
  }
  return found;
}

const offsetOf = (claim: PercentClaim): number => claim.position.start.offset ?? 0;

/** The placed claims inside a section, found by binary search (claims are sorted). */
function placedWithin(placed: readonly Placed[], section: Section): Placed[] {
  let low = 0;
  let high = placed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((placed[middle]?.offset ?? 0) < section.start) low = middle + 1;
    else high = middle;
  }
  const inside: Placed[] = [];
  for (let at = low; at < placed.length; at++) {
    const each = placed[at];
    if (!each || each.offset >= section.end) break;
    inside.push(each);
  }
  return inside;
}

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
 * Whether a claim is the section's own completion: on its heading, under
 * the subject's name (`Phase 2 progress: 60%`), or under a plain label
 * (`Progress`, `Status`) in the section or a sub-section that names no
 * subject of its own.
 */
function ownClaim(each: Placed, key: string, own: Section, sections: readonly Section[]): boolean {
  if (each.claim.position.start.line === own.position.start.line || each.key === key) return true;
  if (!isGenericLabel('completion', each.claim.label)) return false;
  for (
    let s = each.section;
    s && s !== own;
    s = s.parent === null ? null : (sections[s.parent] ?? null)
  ) {
    if (subjectKey(s.title)) return false;
  }
  return true;
}

/** The interval a written percent stands for: rounding, and estimates (`~40%`) within 5 points. */
function interval(value: ParsedNumber): [number, number] {
  const slack = value.approx ? Math.max(5, value.max * 0.05) : value.step / 2;
  return [value.min - slack, value.max + slack];
}

function agree(a: PercentClaim, b: PercentClaim): boolean {
  const [x, y] = [interval(a.value), interval(b.value)];
  return x[0] <= y[1] + 1e-9 && y[0] <= x[1] + 1e-9;
}
