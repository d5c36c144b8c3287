import type { Root, RootContent } from 'hast';

/** Maps a link's `href` to the one to render, or `undefined` to keep it. */
export type LinkRewriter = (href: string) => string | undefined;

/** Rewrite the `href` of every `<a>` in `root` in place. */
export function rewriteLinks(root: Root, rewrite: LinkRewriter): void {
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string') {
        const next = rewrite(href);
        if (next !== undefined) node.properties.href = next;
      }
      visit(node.children);
    }
  };
  visit(root.children);
}
