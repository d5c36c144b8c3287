import type { TextEdit } from '../diagnostics/text-edit.ts';
import type { ReferenceKind } from './collect-references.ts';
import { replaceRange } from './describe-new-place.ts';
import type { FileIndex } from './file-index.ts';
import { formatLinkTarget, urlSuffix } from './format-link-target.ts';
import { resolveReference, type ResolvedTarget } from './resolve-reference.ts';

/** What a link fix needs: the reference as written, where it is, and where it should point. */
export interface LinkFixRequest {
  /** The linking doc, relative to the content root. */
  from: string;
  /** The target as written, `?query#fragment` included. */
  url: string;
  target: ResolvedTarget;
  kind: ReferenceKind | 'relation';
  /** The offsets of the target text in the doc. */
  range: { start: number; end: number } | undefined;
  /** The file the fix should point at (content-relative), and the folder a prose path is written from. */
  to: { path: string; anchor?: string };
  index: FileIndex;
}

/**
 * The new target text for a certain fix, written in the doc's own style
 * (see `formatLinkTarget`), or undefined when the edit would not resolve to
 * `to.path` itself: an edit is proposed only when checking the edited text
 * finds the intended file.
 */
export function newTargetText(request: LinkFixRequest): string | undefined {
  const { from, url, target, kind, to, index } = request;
  const anchor = to.anchor ?? target.anchor;
  const path = formatLinkTarget(to.path, from, { written: target.written, anchor }, kind, index);
  const text = path + urlSuffix(url);
  const mode =
    kind === 'code' || kind === 'bare' || kind === 'relation' ? 'file-then-root' : 'file';
  const after = resolveReference(text, from, index, mode);
  return after.status === 'found' && after.path === to.path ? text : undefined;
}

/** The edit of a certain fix, or undefined (see {@link newTargetText}). */
export function planLinkFix(request: LinkFixRequest): TextEdit[] | undefined {
  return replaceRange(request.range, newTargetText(request));
}
