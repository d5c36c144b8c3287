import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Sourced } from './doc.ts';
import { sourceAt, type Locator } from './locate.ts';
import type { HeaderField } from './parse-header-fields.ts';

/**
 * A summary for listings: the first top-level paragraph before the first `##`
 * that holds no header lines (`This document tracks …`). Docs without an
 * introduction get none; the body's later sections are never guessed at.
 */
export function inferSummary(
  tree: Root,
  headers: readonly HeaderField[],
  locate: Locator,
): Sourced<string> | null {
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth >= 2) return null;
    if (node.type !== 'paragraph') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (headers.some((field) => field.offset >= start && field.offset < end)) continue;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (text !== '') return { value: text, source: sourceAt('body', locate, start) };
  }
  return null;
}
