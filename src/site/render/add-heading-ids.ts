import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { z } from 'zod';
import type { headingSchema } from '../model/collection-schemas.ts';

/** A heading of a rendered doc, for a table of contents (its schema: `headingSchema`). */
export type Heading = z.infer<typeof headingSchema>;

const HEADING = /^h([1-6])$/;

/**
 * Give every heading the `id` GitHub would give it (github-slugger over the
 * heading's text, `-1`, `-2`… for repeats), so `doc.md#some-heading` links
 * written for GitHub land on the same place in the site. A heading that
 * already has an `id` keeps it and does not take part in the numbering.
 * Mutates `root`; returns the headings in document order.
 */
export function addHeadingIds(root: Root): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const match = HEADING.exec(node.tagName);
      if (match) {
        const text = textOf(node);
        const existing = node.properties.id;
        const slug =
          typeof existing === 'string' && existing !== '' ? existing : slugger.slug(text);
        node.properties.id = slug;
        // Visually hidden headings (the footnotes label) stay out of the outline.
        if (!classesOf(node).includes('sr-only')) {
          headings.push({ depth: Number(match[1]), slug, text });
        }
        continue;
      }
      visit(node.children);
    }
  };
  visit(root.children);
  return headings;
}

function classesOf(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** The text of an element, like the DOM's `textContent`. */
export function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
