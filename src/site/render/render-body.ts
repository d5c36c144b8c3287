import { markdownToHast } from 'satteri';
import type { Root } from 'hast';
import { addHeadingIds, textOf, type Heading } from './add-heading-ids.ts';
import { addA11yAttributes } from './add-a11y-attributes.ts';
import { rewriteLinks, type LinkRewriter } from './rewrite-links.ts';
import { sanitizeHast } from './sanitize-hast.ts';
import { serializeHast, serializeHastWithSatteri } from './serialize-hast.ts';

/** How a doc body is rendered. */
export interface RenderOptions {
  /** Maps each link's `href` to the one to render; `undefined` keeps it. */
  rewriteLink?: LinkRewriter;
  /** Keep raw HTML as written instead of sanitizing it. Only for docs you trust. Default `false`. */
  trustHtml?: boolean;
  /**
   * The doc's title, shown by the page above the body: a leading `<h1>` with
   * this text is left out of the HTML so the title does not show twice.
   */
  title?: string | null;
}

/** A rendered doc body. */
export interface RenderedBody {
  html: string;
  /** Headings left in the body, in order. */
  headings: Heading[];
  /** The `id` the left-out title heading had, for the page's own `<h1>`; null when none was left out. */
  titleId: string | null;
}

/**
 * Render a doc's body (the text after its frontmatter) to HTML with satteri:
 * GFM on, raw HTML parsed into elements so it can be sanitized, headings
 * given GitHub's ids, links to other docs rewritten to their pages.
 */
export function renderBody(markdown: string, options: RenderOptions = {}): RenderedBody {
  // One native call builds the whole tree as plain objects; reading satteri's
  // lazy plugin nodes one getter at a time cost several times the parse.
  const parsed = markdownToHast(markdown, {
    // The body is passed without its frontmatter, so a `---` opening the
    // body is a thematic break, not a second frontmatter block.
    features: { gfm: true, rawHtml: true, frontmatter: false },
    position: false,
  }) as Root;
  const tree = options.trustHtml ? parsed : sanitizeHast(parsed);
  // Ids first, so the title still counts in GitHub's numbering of repeats.
  let headings = addHeadingIds(tree);
  let titleId: string | null = null;
  if (options.title) {
    titleId = dropTitleHeading(tree, options.title);
    if (titleId !== null) headings = headings.filter((heading) => heading.slug !== titleId);
  }
  if (options.rewriteLink) rewriteLinks(tree, options.rewriteLink);
  addA11yAttributes(tree);
  const html = options.trustHtml ? serializeHastWithSatteri(tree) : serializeHast(tree);
  return { html, headings, titleId };
}

/** Remove a first `<h1>` whose text is `title`; returns its id, or null when there is none. */
function dropTitleHeading(tree: Root, title: string): string | null {
  const index = tree.children.findIndex(
    (node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''),
  );
  const first = tree.children[index];
  if (first?.type !== 'element' || first.tagName !== 'h1') return null;
  if (textOf(first).trim() !== title.trim()) return null;
  tree.children.splice(index, 1);
  return typeof first.properties.id === 'string' ? first.properties.id : null;
}
