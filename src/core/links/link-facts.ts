import type { SourceDoc } from '../load/source-doc.ts';
import { collectHeadingSlugs, type HeadingSlugs } from './collect-heading-slugs.ts';
import { collectLandmarks } from './collect-landmarks.ts';
import { collectReferences, type Reference } from './collect-references.ts';

/**
 * What the link graph needs from one doc's mdast: where a `#fragment` can
 * land, its headings' anchors, and its references. Plain data, so the check
 * cache can store it and a warm check builds the graph without parsing.
 */
export interface LinkFacts {
  landmarks: string[];
  headings: HeadingSlugs[];
  references: Reference[];
}

const known = new WeakMap<SourceDoc, LinkFacts>();

/** The doc's link facts, collected from its tree once per loaded doc. */
export function linkFactsOf(source: SourceDoc): LinkFacts {
  let facts = known.get(source);
  if (!facts) {
    facts = {
      landmarks: [...collectLandmarks(source.tree)],
      headings: collectHeadingSlugs(source.tree),
      references: collectReferences(source.tree, source.text),
    };
    known.set(source, facts);
  }
  return facts;
}

/** Give a doc restored from the cache the facts collected when it was parsed. */
export function rememberLinkFacts(source: SourceDoc, facts: LinkFacts): void {
  known.set(source, facts);
}
