import type { ParsedFrontmatter } from '../load/parse-frontmatter.ts';

const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*\r?$/gm;

/**
 * Offset of the frontmatter's closing fence (`---` or `...` at a line
 * start), where new keys go; undefined when it cannot be found.
 */
export function findClosingFence(text: string, frontmatter: ParsedFrontmatter): number | undefined {
  let fence: number | undefined;
  for (const match of text.slice(0, frontmatter.bodyOffset).matchAll(CLOSING_FENCE)) {
    if (match.index >= frontmatter.yamlOffset) fence = match.index;
  }
  return fence;
}
