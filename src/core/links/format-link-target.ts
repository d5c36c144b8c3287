import { posix } from 'node:path';
import type { ReferenceKind } from './collect-references.ts';
import type { ResolvedTarget } from './resolve-reference.ts';

/**
 * The text to write for a link to `to` (relative to the content root) from
 * the doc at `from`, in the style the author used: relative to the doc, from
 * the content root, or root-absolute (`/plans/x.md`). Markdown and HTML
 * targets get spaces escaped as `%20`; backticked paths stay as they are.
 */
export function formatLinkTarget(
  to: string,
  from: string,
  target: Pick<ResolvedTarget, 'written' | 'via'>,
  kind: ReferenceKind | 'relation',
): string {
  let text: string;
  if (target.written.startsWith('/')) text = `/${to}`;
  else if (target.via === 'root') text = to;
  else {
    text = posix.relative(posix.dirname(from), to);
    if (target.written.startsWith('./') && !text.startsWith('.')) text = `./${text}`;
  }
  return kind === 'code' || kind === 'relation' ? text : text.replaceAll(' ', '%20');
}

/** The `?query#fragment` tail of a URL as written, kept when a fix rewrites the path. */
export function urlSuffix(url: string): string {
  const at = url.search(/[?#]/);
  return at === -1 ? '' : url.slice(at);
}
