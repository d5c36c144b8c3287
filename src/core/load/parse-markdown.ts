import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { unified, type Plugin, type Processor } from 'unified';
import {
  DEFAULT_MAX_DEPTH,
  findDeepMarkdown,
  findDeepTree,
  type DeepNesting,
} from './find-deep-markdown.ts';

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
 * every node's position is a position in the whole file. A body nesting
 * deeper than `maxDepth` gives an empty tree (see {@link parseBoundedMarkdown}).
 */
export function parseMarkdown(
  text: string,
  frontmatterEnd = 0,
  maxDepth = DEFAULT_MAX_DEPTH,
): Root {
  return parseBoundedMarkdown(text, frontmatterEnd, maxDepth).tree;
}

/**
 * {@link parseMarkdown}, saying where the body nests deeper than `maxDepth`.
 * Such a body is not parsed (when the estimate before parsing says so) or
 * its tree is dropped (when the parsed tree says so): either way the tree is
 * empty, so no recursive walker ever sees a deep one.
 */
export function parseBoundedMarkdown(
  text: string,
  frontmatterEnd: number,
  maxDepth: number,
): { tree: Root; deep?: DeepNesting } {
  const estimated = findDeepMarkdown(text, frontmatterEnd, maxDepth);
  if (estimated) return { tree: emptyRoot(), deep: estimated };
  const source =
    frontmatterEnd > 0
      ? text.slice(0, frontmatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontmatterEnd)
      : text;
  const tree = processor.parse(source);
  const deep = findDeepTree(tree, maxDepth);
  return deep ? { tree: emptyRoot(), deep } : { tree };
}

function emptyRoot(): Root {
  return { type: 'root', children: [] };
}
