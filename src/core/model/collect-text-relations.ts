import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nodesOf, type NodeIndex } from '../load/visit.ts';
import type { Relation } from './doc.ts';
import { inlineTokens, type InlineToken } from './inline-tokens.ts';
import { sourceAt, type Locator } from './locate.ts';
import { normalizeKey } from './parse-header-fields.ts';
import type { RelationType } from './vocabulary.ts';

/** A relation found in prose, at the offset of its target. */
interface Found {
  type: RelationType;
  target: string;
  offset: number;
}

// Each phrase must end right before the target (a colon and spaces may
// follow it), so "superseded by the new design in `x.md`" is no relation.
const PHRASES: readonly { type: RelationType; pattern: RegExp }[] = [
  { type: 'superseded_by', pattern: /\b(?:superseded|replaced)\s+by\s*:?\s*$/i },
  { type: 'supersedes', pattern: /\b(?:supersedes|replaces)\s*:?\s*$/i },
  {
    type: 'previous',
    pattern:
      /\b(?:(?:hand-?off|handover|handed\s+(?:off|over)|continued|continues|continuing|picked\s+up)\s+from|previous\s+(?:session|handoff)\s*:)\s*:?\s*$/i,
  },
  {
    type: 'next',
    pattern:
      /\b(?:(?:hand-?off|handover|handed\s+(?:off|over))\s+to|continued\s+in|next\s+(?:session|handoff)\s*:)\s*:?\s*$/i,
  },
  { type: 'related', pattern: /(?:^|[\s(])see(?:\s+also\s*:?|\s*:)\s*$/i },
];
// "is not superseded by", "was never replaced by": the sentence denies the relation.
const NEGATION = /\b(?:not|never|no\s+longer|n't)\s+(?:(?:be|been|being|yet|fully)\s+)*$/i;
// A sentence ends at `.`, `!` or `?` before a space, or at a line that starts with a capital
// (the next `**Field**:` line); a wrapped line in mid-sentence starts in lower case.
const BOUNDARY = /[.!?]["')\]]*\s+|\n(?=[ \t]*[\p{Lu}])/gu;
// Between two targets of one list: `a.md`, `b.md` and `c.md`.
const LIST_SEPARATOR = /^\s*(?:,|;|&|and|,\s*and)\s*$/i;
const LIST_TYPES: readonly RelationType[] = ['supersedes', 'related'];

const SECTION_TYPES: Readonly<Record<string, RelationType>> = {
  'previous session': 'previous',
  'previous handoff': 'previous',
  'prior session': 'previous',
  'last session': 'previous',
  'handoff from': 'previous',
  'next session': 'next',
  'next handoff': 'next',
  'handoff to': 'next',
};
// A word every section name above has (its longest): a cheap test before normalizing a heading.
const SECTION_WORD = new RegExp(
  Object.keys(SECTION_TYPES)
    .map((key) => key.split(' ').reduce((a, b) => (b.length > a.length ? b : a)))
    .join('|'),
  'i',
);
// A section's paragraph is a pointer, not prose that mentions a doc, when the
// target is named like a handoff or the paragraph says little besides it.
const HANDOFF_NAME = /hand-?off|handover|session/i;
const MAX_POINTER_WORDS = 3;

/**
 * Relations written in prose, each at its target: "Supersedes `old.md`",
 * "Superseded by [v2](v2.md)", "Handoff from `h1.md`", "Continued in
 * [next](h3.md)", "See: `docs/x.md`" (or "See also"), and handoff sections
 * (`## Previous session` / `## Next session` whose first paragraph points at
 * a doc). Precise by design: the target must be a doc path (a link target or
 * a backticked `.md` path) right after the phrase; a sentence that names
 * another doc before the phrase (`` `a.md` supersedes `b.md` ``) speaks of
 * that doc, not this one; a negated phrase counts for nothing. Code blocks,
 * tables and HTML are never read.
 */
export function collectTextRelations(
  { tree, text }: { tree: Root; text: string },
  nodes: NodeIndex,
  locate: Locator,
): Relation[] {
  const found: Found[] = [];
  for (const node of nodesOf(nodes, 'paragraph')) {
    found.push(...phraseRelations(inlineTokens(node.children, text)));
  }
  found.push(...sectionRelations(tree, text));
  return found
    .sort((a, b) => a.offset - b.offset)
    .map(({ type, target, offset }) => ({
      type,
      target,
      source: sourceAt('body', locate, offset),
    }));
}

function phraseRelations(tokens: readonly InlineToken[]): Found[] {
  const found: Found[] = [];
  // Without a doc path there is nothing to relate to; most paragraphs have none.
  if (!tokens.some((token) => token.kind === 'target')) return found;
  let prose = '';
  let sentenceHasTarget = false;
  let open: RelationType | null = null;
  for (const token of tokens) {
    if (token.kind === 'text') {
      prose += token.value;
      const boundaries = [...prose.matchAll(BOUNDARY)];
      const last = boundaries[boundaries.length - 1];
      if (last) {
        prose = prose.slice(last.index + last[0].length);
        sentenceHasTarget = false;
        open = null;
      }
      continue;
    }
    if (open && LIST_SEPARATOR.test(prose)) {
      found.push({ type: open, target: token.target, offset: token.offset });
    } else {
      const type = sentenceHasTarget ? null : phraseType(prose);
      open = type && LIST_TYPES.includes(type) ? type : null;
      if (type) found.push({ type, target: token.target, offset: token.offset });
    }
    sentenceHasTarget = true;
    prose = '';
  }
  return found;
}

function phraseType(prose: string): RelationType | null {
  for (const { type, pattern } of PHRASES) {
    const match = pattern.exec(prose);
    if (match && !NEGATION.test(prose.slice(0, match.index))) return type;
  }
  return null;
}

/** `## Previous session` then a paragraph pointing at a doc. */
function sectionRelations(tree: Root, text: string): Found[] {
  const found: Found[] = [];
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const title = toString(node);
    if (!SECTION_WORD.test(title)) return;
    const key = normalizeKey(title);
    // Own keys only: a heading such as `Constructor` must not find Object's.
    const type = Object.hasOwn(SECTION_TYPES, key) ? SECTION_TYPES[key] : undefined;
    const next = tree.children[index + 1];
    if (!type || next?.type !== 'paragraph') return;
    const tokens = inlineTokens(next.children, text);
    const first = tokens.find((token) => token.kind === 'target');
    if (!first) return;
    const words = tokens
      .filter((token) => token.kind === 'text')
      .map((token) => token.value)
      .join(' ')
      .match(/[\p{L}\p{N}]+/gu);
    const name = first.target.split('#')[0]?.split('/').pop() ?? '';
    if (HANDOFF_NAME.test(name) || (words?.length ?? 0) <= MAX_POINTER_WORDS) {
      found.push({ type, target: first.target, offset: first.offset });
    }
  });
  return found;
}
