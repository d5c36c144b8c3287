import type { LinkRewriter } from '../render/rewrite-links.ts';
import { resolveDocPath, type DocIndex } from './doc-index.ts';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * A rewriter that sends relative links to other docs (`../plans/x.md#phase-2`)
 * to their page on the site (`/docs/plans/x/#phase-2`). External links,
 * fragments, absolute paths and links to files that are not docs are kept.
 */
export function docLinkRewriter(
  fromPath: string,
  index: DocIndex,
  urlOf: (path: string) => string,
): LinkRewriter {
  return (href) => {
    if (href === '' || href.startsWith('#') || href.startsWith('/') || SCHEME.test(href)) {
      return undefined;
    }
    const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href);
    const pathPart = match?.[1] ?? '';
    if (!/\.(?:md|markdown)$/i.test(pathPart)) return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathPart);
    } catch {
      return undefined;
    }
    const target = resolveDocPath(index, fromPath, decoded);
    if (target === undefined) return undefined;
    return urlOf(target) + (match?.[3] ?? '');
  };
}
