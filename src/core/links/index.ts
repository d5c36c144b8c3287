import { caseMismatch } from '../rules/case-mismatch.ts';
import { duplicateId } from '../rules/duplicate-id.ts';
import { externalBroken } from '../rules/external-broken.ts';
import { linkToSuperseded } from '../rules/link-to-superseded.ts';
import { missingFile } from '../rules/missing-file.ts';
import { missingHeading } from '../rules/missing-heading.ts';
import { orphan } from '../rules/orphan.ts';
import { outsideRoot } from '../rules/outside-root.ts';
import { relationAsymmetric } from '../rules/relation-asymmetric.ts';
import { relationCycle } from '../rules/relation-cycle.ts';
import type { SetRule } from '../rules/rule.ts';

/**
 * Every link and relation rule, to register in `SET_RULES`. They share one
 * link graph per check (`linkGraphOf`), so the docs are collected once.
 */
export const LINK_RULES: SetRule[] = [
  missingFile,
  missingHeading,
  caseMismatch,
  outsideRoot,
  linkToSuperseded,
  orphan,
  duplicateId,
  relationAsymmetric,
  relationCycle,
  externalBroken,
];

export { linkGraphOf, buildLinkGraph } from './build-link-graph.ts';
export type {
  LinkGraph,
  DocLinks,
  ResolvedReference,
  ResolvedRelation,
} from './build-link-graph.ts';
export { collectLandmarks } from './collect-landmarks.ts';
export { collectReferences, type Reference, type ReferenceKind } from './collect-references.ts';
export { resolveReference, type ResolvedTarget, type ResolveMode } from './resolve-reference.ts';
export { parseGitRenames } from './parse-git-renames.ts';
export { checkExternalLinks, type CheckExternalOptions } from './external/check-external-links.ts';
export type { ExternalResult, ExternalProblem } from './external/external-result.ts';
