import { posix } from 'node:path';
import type { ReferenceKind } from './collect-references.ts';
import type { FileIndex } from './file-index.ts';
import { topOf, type ResolvedTarget } from './resolve-reference.ts';

/**
 * The text to write for a reference to `to` (relative to the content root)
 * from the doc at `from`, in the style the author used. Links and HTML are
 * relative to the doc (as renderers read them), keeping a leading `./`;
 * root-absolute paths (`/plans/x.md`) stay so; prose paths keep the folder
 * they were written from (`target.anchor`): a repository-root path stays a
 * repository-root path (`docs/plans/x.md`). Markdown and HTML targets get
 * spaces escaped as `%20`; backticked paths stay as they are.
 */
export function formatLinkTarget(
  to: string,
  from: string,
  target: Pick<ResolvedTarget, 'written' | 'anchor'>,
  kind: ReferenceKind | 'relation',
  index: FileIndex,
): string {
  const prose = kind === 'code' || kind === 'relation';
  const dir = posix.dirname(from) === '.' ? '' : posix.dirname(from);
  const anchor = target.anchor ?? '';
  let text: string;
  if (target.written.startsWith('/')) text = `/${relativePath(index, anchor, to)}`;
  else if (!prose || /^\.\.?\//.test(target.written)) {
    text = relativePath(index, dir, to);
    if (target.written.startsWith('./') && !text.startsWith('.')) text = `./${text}`;
  } else {
    text = relativePath(index, anchor, to);
    if (text.startsWith('../')) text = relativePath(index, topOf(index), to);
  }
  return prose ? text : text.replaceAll(' ', '%20');
}

/**
 * The path from folder `from` to `to`, both relative to the content root.
 * They may climb above it (`../AGENTS.md`), so both are read from the
 * repository's top level, never from the process's folder.
 */
export function relativePath(index: FileIndex, from: string, to: string): string {
  const top = `/${index.repo?.contentDir ?? ''}`;
  return posix.relative(posix.join(top, from), posix.join(top, to));
}

/** The `?query#fragment` tail of a URL as written, kept when a fix rewrites the path. */
export function urlSuffix(url: string): string {
  const at = url.search(/[?#]/);
  return at === -1 ? '' : url.slice(at);
}
