import type { Root } from 'mdast';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { changelogToMdast } from './changelog-mdast.ts';
import type { Release } from './release.ts';

/**
 * Serializer settings, also the ones a round trip through remark must use:
 * `-` bullets and `_` emphasis, as Prettier writes them, so a formatted
 * repository does not rewrite the generated file.
 */
export const CHANGELOG_MARKDOWN_OPTIONS: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
};

/** Serialize an mdast tree with {@link CHANGELOG_MARKDOWN_OPTIONS}. */
export function serializeMarkdown(tree: Root): string {
  return toMarkdown(tree, CHANGELOG_MARKDOWN_OPTIONS);
}

/** Releases (newest first) as Markdown, built as mdast and serialized, never glued as strings. */
export function formatChangelogMarkdown(releases: readonly Release[]): string {
  return serializeMarkdown(changelogToMdast(releases));
}
