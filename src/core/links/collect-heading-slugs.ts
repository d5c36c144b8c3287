import GithubSlugger from 'github-slugger';
import type { Heading, Html, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../load/visit.ts';

/** The anchors one Markdown heading gets on GitHub and on the statusdocs site. */
export interface HeadingSlugs {
  /** GitHub's slug: github-slugger over the text, numbered among Markdown headings. */
  github: string;
  /** The site's id: the same slugger, numbered among Markdown and raw HTML headings. */
  site: string;
  /** The `{#id}` written after the heading, honoured by some renderers (neither of these). */
  custom?: string;
}

const CUSTOM_ID = /\s*\{#([^\s{}]+)\}\s*$/;
const HTML_HEADING = /<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1\s*>/gi;
const ID_ATTRIBUTE = /\bid\s*=\s*(?:"[^"]+"|'[^']+'|[^\s"'=<>`]+)/i;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * Where each Markdown heading lands on GitHub and on the site, in document
 * order. Both use github-slugger over the same text (image alt text left
 * out, as in rendered HTML) with `-1`, `-2` for repeats, and neither
 * honours `{#id}`. They differ in one way: the site also gives ids to raw
 * HTML headings (`<h2>Setup</h2>`) and numbers them with the rest, while
 * GitHub gives those none, so `## Setup` after `<h2>Setup</h2>` is `#setup`
 * on GitHub and `#setup-1` on the site. An HTML heading with its own `id`
 * keeps it and takes no number on either.
 */
export function collectHeadingSlugs(tree: Root): HeadingSlugs[] {
  const github = new GithubSlugger();
  const site = new GithubSlugger();
  const headings: HeadingSlugs[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') headings.push(slugsOf(node, github, site));
    if (node.type === 'html') numberHtmlHeadings(node, site);
  });
  return headings;
}

/** The text github-slugger sees for a Markdown heading, `{#id}` included, as GitHub keeps it. */
export function headingText(node: Heading): string {
  return toString(node, { includeHtml: false, includeImageAlt: false });
}

function slugsOf(node: Heading, github: GithubSlugger, site: GithubSlugger): HeadingSlugs {
  const text = headingText(node);
  const slugs: HeadingSlugs = { github: github.slug(text), site: site.slug(text) };
  const custom = CUSTOM_ID.exec(text)?.[1];
  if (custom) slugs.custom = custom;
  return slugs;
}

function numberHtmlHeadings(node: Html, site: GithubSlugger): void {
  const html = node.value.replace(HTML_COMMENT, '');
  for (const match of html.matchAll(HTML_HEADING)) {
    if (ID_ATTRIBUTE.test(match[2] ?? '')) continue;
    site.slug((match[3] ?? '').replace(/<[^>]*>/g, ''));
  }
}
