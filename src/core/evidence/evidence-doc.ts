import type { LinkFacts } from '../links/link-facts.ts';
import type { BodyClaim } from '../metrics/body-claim.ts';
import type { Doc } from '../model/doc.ts';
import type { FileClaim } from './collect-file-claims.ts';

/**
 * What the evidence readers and checks need of a checked doc: its path and
 * text, its metadata, and the claims and references its analysis found. A
 * checked doc of the rules (`CheckedDoc`) is one.
 */
export interface EvidenceDoc {
  source: { path: string; text: string };
  doc: Doc;
  analysis: {
    links: LinkFacts;
    fileClaims: readonly FileClaim[];
    bodyClaims: readonly BodyClaim[];
  };
}

/** An {@link EvidenceDoc} whose metadata is not needed (reading file history happens before the set rules). */
export type AnalyzedEvidenceDoc = Pick<EvidenceDoc, 'analysis'> & { source: { path: string } };
