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

/** A doc's link facts, collected from its tree (see `analyzeDoc`). */
export function collectLinkFacts(source: SourceDoc): LinkFacts {
  return {
    landmarks: [...collectLandmarks(source.tree)],
    headings: collectHeadingSlugs(source.tree),
    references: collectReferences(source.tree, source.text),
  };
}
