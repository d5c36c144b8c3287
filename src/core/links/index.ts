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
