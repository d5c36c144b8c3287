import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { nodesOf, type NodeIndex } from '../load/visit.ts';
import type { TasksClaim } from './body-claim.ts';
import { sectionAt, type Section } from './collect-sections.ts';

/** One `[x]` or `[ ]` list item. */
export interface TaskItem {
  checked: boolean;
  /** The item's own text (its first paragraph), markup and inline code markers removed. */
  text: string;
  /** Where the item's text is (after the checkbox). */
  position: Position;
  /** The innermost section the item is in, or null before the first heading. */
  section: Section | null;
}

/**
 * Every task list item of a doc, in document order. Items in code blocks are
 * code, never seen. Collected once per doc (`indexDoc`): body metrics and
 * the task rules read the same items, so treat the result as read-only.
 */
export function collectTaskItems(nodes: NodeIndex, sections: readonly Section[]): TaskItem[] {
  const items: TaskItem[] = [];
  for (const node of nodesOf(nodes, 'listItem')) {
    if (typeof node.checked !== 'boolean' || !node.position) continue;
    const first = node.children[0];
    const position = first?.type === 'paragraph' && first.position ? first.position : node.position;
    items.push({
      checked: node.checked,
      text: first?.type === 'paragraph' ? toString(first).trim().replace(/\s+/g, ' ') : '',
      position,
      section: sectionAt(sections, node.position.start.offset ?? 0),
    });
  }
  return items;
}

/**
 * Task counts per section (the items directly under each heading, first item
 * as the position) and one for the whole doc (`scope: 'doc'`, last).
 */
export function taskClaims(items: readonly TaskItem[]): TasksClaim[] {
  const bySection = new Map<Section | null, TaskItem[]>();
  for (const item of items) {
    const list = bySection.get(item.section) ?? [];
    list.push(item);
    bySection.set(item.section, list);
  }
  const claims: TasksClaim[] = [];
  for (const [section, list] of bySection) {
    claims.push(tasksClaim(list, section?.title ?? null, 'section'));
  }
  if (items.length > 0) claims.push(tasksClaim(items, null, 'doc'));
  return claims;
}

function tasksClaim(
  items: readonly TaskItem[],
  section: string | null,
  scope: TasksClaim['scope'],
): TasksClaim {
  const done = items.filter((item) => item.checked).length;
  const first = items[0];
  return {
    metric: 'tasks',
    done,
    total: items.length,
    scope,
    text: `${done}/${items.length} tasks done`,
    position: first?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    section,
    label: null,
    place: 'tasks',
    current: scope === 'doc',
  };
}
