import type { DocIndex } from '../metrics/doc-index.ts';
import type { BodyClaim } from '../metrics/extract-body-metrics.ts';
import { collectFileClaims, type FileClaim } from '../evidence/collect-file-claims.ts';
import { readFrontmatterSlot, type FrontmatterSlot } from '../links/add-frontmatter-line.ts';
import { collectLinkFacts, type LinkFacts } from '../links/link-facts.ts';
import type { LoadedDoc, SourceDoc } from '../load/source-doc.ts';

/**
 * What the rest of a check reads from one doc's frontmatter and mdast once
 * its per-doc phase is over: the link graph, the set rules, the evidence
 * reader, the site. Plain data, built once per doc right after it is parsed
 * and indexed ({@link analyzeDoc}), stored whole in the check cache, so a
 * warm check never parses a doc whose bytes did not change. The per-doc
 * trees and indexes it is read from ({@link DocIndex}) are never kept.
 */
export interface DocAnalysis {
  /** Landmarks, heading anchors and references, for the link graph. */
  links: LinkFacts;
  /** Where a relation fix adds a frontmatter line; null when adding one is not certain to be right. */
  slot: FrontmatterSlot | null;
  /** Claims about files in code spans (`file-claim`). */
  fileClaims: FileClaim[];
  /** Metric claims of the body (tests, pass rates, coverage, completion, tasks), for the evidence rules. */
  bodyClaims: BodyClaim[];
}

/** A doc with its analysis: what the stages after the per-doc phase receive. */
export interface AnalyzedDoc {
  source: LoadedDoc;
  analysis: DocAnalysis;
}

/** The analysis stage: derive a parsed doc's {@link DocAnalysis} from it and its {@link DocIndex}. Pure. */
export function analyzeDoc(source: SourceDoc, index: DocIndex): DocAnalysis {
  return {
    links: collectLinkFacts(source),
    slot: readFrontmatterSlot(source),
    fileClaims: collectFileClaims(source, index.nodes),
    bodyClaims: [...index.claims],
  };
}
