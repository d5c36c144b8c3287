import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { nodesOf, type NodeIndex } from '../load/visit.ts';
import { isFollowUpTitle, isHistoryTitle } from './claim-context.ts';

/** A heading and the part of the doc under it, up to the next heading of the same or a higher level. */
export interface Section {
  /** 0-based index in document order. */
  index: number;
  /** Heading text, markup removed (`T1.5 - Mark Slow Tests`). */
  title: string;
  depth: number;
  /** Where the heading is. */
  position: Position;
  /** Offset where the heading starts. */
  start: number;
  /** Offset where the section ends (exclusive): the next heading of depth <= this one, or the end. */
  end: number;
  /** Index of the enclosing section, or null. */
  parent: number | null;
  /**
   * Whether the section or one around it (below the title level) is history
   * or follow-up work (`## Changelog`, `### Next Steps`), so the claims in it
   * are not the doc's current state.
   */
  past: boolean;
}

/**
 * The sections of a doc, in document order. Headings inside quotes or lists
 * count too. Built once per doc (`indexDoc`) and shared by the metrics and
 * rules that need them, so treat it as read-only.
 */
export function collectSections(nodes: NodeIndex, textLength: number): readonly Section[] {
  const sections: Section[] = [];
  for (const node of nodesOf(nodes, 'heading')) {
    const position = node.position;
    if (position?.start.offset === undefined) continue;
    sections.push({
      index: sections.length,
      title: toString(node).trim(),
      depth: node.depth,
      position,
      start: position.start.offset,
      end: textLength,
      parent: null,
      past: false,
    });
  }
  const open: Section[] = [];
  for (const section of sections) {
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= section.depth) {
      const closed = open.pop();
      if (closed) closed.end = section.start;
    }
    const parent = open.at(-1) ?? null;
    section.parent = parent?.index ?? null;
    const own =
      section.depth > 1 && (isHistoryTitle(section.title) || isFollowUpTitle(section.title));
    section.past = own || parent?.past === true;
    open.push(section);
  }
  return sections;
}

/** The innermost section that contains `offset`, or null before the first heading. */
export function sectionAt(sections: readonly Section[], offset: number): Section | null {
  let found: Section | null = null;
  for (const section of sections) {
    if (section.start > offset) break;
    if (offset < section.end) found = section;
  }
  return found;
}

/** A section and its enclosing sections, innermost first. */
export function sectionChain(sections: readonly Section[], section: Section | null): Section[] {
  const chain: Section[] = [];
  for (let at = section; at; at = at.parent === null ? null : (sections[at.parent] ?? null)) {
    chain.push(at);
  }
  return chain;
}
