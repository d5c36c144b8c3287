import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { unified, type Plugin, type Processor } from 'unified';

/**
 * A unified parser plugin backed by satteri, the Rust Markdown parser Astro 7
 * uses: it builds the same mdast (GFM on, positions on) many times faster than
 * remark-parse + remark-gfm. Everything downstream stays in the unified
 * ecosystem. Frontmatter is masked by the caller, so it is off here.
 */
export const satteriParser: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document: string): Root =>
    markdownToMdast(document, { features: { gfm: true, frontmatter: false } }) as Root;
};

const processor = unified().use(satteriParser).freeze();

/**
 * Parse Markdown to mdast. `frontmatterEnd` is where the body starts: the
 * frontmatter before it is blanked out (lengths and line breaks kept) so that
 * every node's position is a position in the whole file.
 */
export function parseMarkdown(text: string, frontmatterEnd = 0): Root {
  const source =
    frontmatterEnd > 0
      ? text.slice(0, frontmatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontmatterEnd)
      : text;
  return processor.parse(source);
}
