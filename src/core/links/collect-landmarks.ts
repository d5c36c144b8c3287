import GithubSlugger from 'github-slugger';
import type { Heading, Html, Root } from 'mdast';
import { visit } from '../load/visit.ts';
import { headingText } from './collect-heading-slugs.ts';

const CUSTOM_ID = /\s*\{#([^\s{}]+)\}\s*$/;
const HTML_ID = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * Every place a `#fragment` can land in one doc: GitHub heading slugs (image
 * alt text left out, as in the rendered heading; with
 * the `-1`, `-2` suffixes GitHub gives duplicate headings), `{#id}` custom
 * heading ids, and HTML `id=` / `name=` attributes. A fresh slugger per doc,
 * because GitHub numbers duplicates per page.
 */
export function collectLandmarks(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const landmarks = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') addHeading(node, slugger, landmarks);
    if (node.type === 'html') addHtmlIds(node, landmarks);
  });
  return landmarks;
}

function addHeading(node: Heading, slugger: GithubSlugger, landmarks: Set<string>): void {
  // GitHub slugs the text as written, `{#id}` included; sites that honour
  // custom ids use the id instead, so both are valid targets.
  const text = headingText(node);
  landmarks.add(slugger.slug(text));
  const custom = CUSTOM_ID.exec(text);
  if (custom?.[1]) landmarks.add(custom[1]);
}

function addHtmlIds(node: Html, landmarks: Set<string>): void {
  const value = node.value.replace(HTML_COMMENT, '');
  for (const match of value.matchAll(HTML_ID)) {
    const id = match[1] ?? match[2] ?? match[3];
    if (id) landmarks.add(id);
  }
}
