import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Offset ranges of the lists that directly follow a paragraph whose last
 * line (trimmed) passes `isLead`: a lead-in such as `Next:` or `Before
 * merging:` says what the list's items are.
 */
export function listsAfterLead(tree: Root, isLead: (lead: string) => boolean): [number, number][] {
  const ranges: [number, number][] = [];
  const walk = (node: Nodes): void => {
    if (!('children' in node)) return;
    node.children.forEach((child, index) => {
      const before = index > 0 ? node.children[index - 1] : undefined;
      if (child.type === 'list' && before?.type === 'paragraph' && child.position) {
        const lines = toString(before).trim().split('\n');
        if (isLead((lines[lines.length - 1] ?? '').trim())) {
          ranges.push([child.position.start.offset ?? 0, child.position.end.offset ?? 0]);
        }
      }
      walk(child);
    });
  };
  walk(tree);
  return ranges;
}
