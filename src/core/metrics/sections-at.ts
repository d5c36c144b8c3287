import type { Section } from './collect-sections.ts';

/**
 * The innermost section around each of `offsets` (ascending), or null before
 * the first heading: `sectionAt` for many offsets in one sweep, linear in
 * offsets and sections rather than their product. Sections nest, so the
 * section around an offset is the last one started before it or one of
 * that one's parents.
 */
export function sectionsAt(
  sections: readonly Section[],
  offsets: readonly number[],
): (Section | null)[] {
  const found: (Section | null)[] = [];
  let last = -1;
  for (const offset of offsets) {
    while (last + 1 < sections.length && (sections[last + 1]?.start ?? Infinity) <= offset) {
      last += 1;
    }
    let section = sections[last] ?? null;
    while (section && offset >= section.end) {
      section = section.parent === null ? null : (sections[section.parent] ?? null);
    }
    found.push(section);
  }
  return found;
}
