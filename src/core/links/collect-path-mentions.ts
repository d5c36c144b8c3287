import type { Root } from 'mdast';
import { visit } from '../load/visit.ts';
import { looksLikePath } from './looks-like-path.ts';

/** A folder path in a code span that is no checkable reference, with its line. */
export interface PathMention {
  line: number;
  /** The path up to where it stops being literal (`core/src/agents.rs` of `core/src/agents.rs:155`). */
  path: string;
}

// A location after a path (`:155`, `:20-40`, `:155,89`), and where a path stops
// being literal: brace groups, globs and elisions (`src/{a,b}.ts`, `pkg/*`, `pi/.../x`).
const LOCATION = /:\d+(?:[-–,:]\d+)*$/;
const NON_LITERAL = /\{|\*|\.\.\.|…|</;
const PATH = /^(?:\.\.?\/)*[\p{L}\p{N}_@.-]+(?:\/[\p{L}\p{N}_@.-]+)*\/[\p{L}\p{N}_@.-]*$/u;

/**
 * Code spans that name a path in another form than a reference: with a line
 * number, a brace group, a glob or an elision (`` `core/src/x.rs:155` ``,
 * `` `ui/src/{a,b}.ts` ``). They are never checked themselves, but their
 * first folder tells whether a line talks about another project.
 */
export function collectPathMentions(tree: Root): PathMention[] {
  const mentions: PathMention[] = [];
  visit(tree, 'inlineCode', (node) => {
    if (!node.position || looksLikePath(node.value)) return;
    const path = literalPart(node.value.trim());
    if (path !== undefined) mentions.push({ line: node.position.start.line, path });
  });
  return mentions;
}

/** The literal folder path at the start of a code span, if it has at least one `/`. */
export function literalPart(code: string): string | undefined {
  const cut = code.search(NON_LITERAL);
  const head = (cut === -1 ? code : code.slice(0, cut)).replace(LOCATION, '');
  return PATH.test(head) ? head.replace(/\/$/, '') : undefined;
}
