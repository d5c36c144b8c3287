import type { Root } from 'mdast';
import { parseMarkdown } from './parse-markdown.ts';
import type { SourceDoc } from './source-doc.ts';

/**
 * Let a loaded doc's mdast go, to be parsed again only if something asks
 * for it later (a renderer, `fix`). A set of docs then needs one tree in
 * memory at a time rather than all of them: 2,000 docs linking to each
 * other hold millions of link nodes. The tree parsed again is the one
 * `parseSourceDoc` made (the same function `restoreSourceDoc` uses); a doc
 * too deep to parse has no text and keeps its empty tree.
 */
export function releaseTree(source: SourceDoc): void {
  if (source.text === '') return;
  const { text, bodyOffset } = source;
  let tree: Root | undefined;
  Object.defineProperty(source, 'tree', {
    configurable: true,
    enumerable: true,
    get(): Root {
      tree ??= parseMarkdown(text, bodyOffset);
      return tree;
    },
    set(value: Root) {
      tree = value;
    },
  });
}
