import type { ReferenceKind } from './collect-references.ts';
import { formatLinkTarget } from './format-link-target.ts';

/**
 * A formatter that writes a new target for a reference in the style of the
 * old one. Links are relative to their doc (as renderers read them);
 * backticked paths and relation targets keep the author's habit: relative
 * when written with `./` or `../`, else from the content root.
 */
export function linkStyle(
  from: string,
  written: string,
  kind: ReferenceKind | 'relation',
): (to: string) => string {
  const prose = kind === 'code' || kind === 'relation';
  const via = prose && !/^\.\.?\//.test(written) ? 'root' : 'file';
  return (to) => formatLinkTarget(to, from, { written, via }, kind);
}
