import type { Element, ElementContent, Root, RootContent } from 'hast';
import { textOf } from './add-heading-ids.ts';

/**
 * Add the attributes assistive technology needs and Markdown cannot say.
 * Every task-list checkbox is named after its task (`aria-label` from the
 * item's own text, nested lists left out), so a screen reader says which
 * task is done instead of an unnamed "checkbox, checked". Every `<pre>` gets
 * `tabindex="0"`: a long line makes it scroll sideways, and a region that
 * scrolls must be reachable with the keyboard. Mutates `root`.
 */
export function addA11yAttributes(root: Root): void {
  const visit = (nodes: readonly (RootContent | ElementContent)[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'li') labelTaskCheckbox(node);
      if (node.tagName === 'pre') node.properties.tabIndex = 0;
      visit(node.children);
    }
  };
  visit(root.children);
}

function labelTaskCheckbox(item: Element): void {
  const box = item.children.find(
    (child): child is Element =>
      child.type === 'element' &&
      child.tagName === 'input' &&
      child.properties.type === 'checkbox' &&
      child.properties.ariaLabel === undefined,
  );
  if (box === undefined) return;
  const text = item.children
    .filter((child) => child.type !== 'element' || !['ul', 'ol'].includes(child.tagName))
    .map(textOf)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  box.properties.ariaLabel = text === '' ? 'Task' : text;
}
