import { posix } from 'node:path';
import type { Position } from 'unist';
import type { ResolvedConfig } from '../config/config-schema.ts';
import type { RepoFiles } from '../links/file-index.ts';
import { isDocPath } from '../links/looks-like-path.ts';
import type { RuleId } from '../diagnostics/rule-ids.ts';
import { DEFAULT_SEVERITY } from '../diagnostics/severity.ts';
import type { AnalyzedEvidenceDoc } from './evidence-doc.ts';
import type { FileHistory } from './file-history.ts';
import { readFileHistory } from './read-file-history.ts';
import { indexByName, resolveClaimPath } from './resolve-claim-path.ts';

/** Whether a rule is on for some file: by default, in `rules`, or in an override. */
export function ruleMayReport(config: ResolvedConfig, id: RuleId): boolean {
  const settings = [config.rules[id] ?? DEFAULT_SEVERITY[id]];
  for (const override of config.overrides) {
    const setting = override.rules[id];
    if (setting) settings.push(setting);
  }
  return settings.some((setting) => setting !== 'off');
}

/**
 * Git history for the evidence rules, read only when they may report:
 * `file-claim` (the files docs make claims about, with their line counts)
 * and `drift` (the code files docs reference, when `drift.commits` is set),
 * plus the docs themselves, whose commits date them. Undefined without git.
 */
export async function readDocFileHistory(
  root: string,
  docs: readonly AnalyzedEvidenceDoc[],
  repo: RepoFiles | undefined,
  config: ResolvedConfig,
): Promise<FileHistory | undefined> {
  const claims = ruleMayReport(config, 'file-claim');
  const drift = config.drift.commits !== undefined && ruleMayReport(config, 'drift');
  if (!repo || (!claims && !drift)) return undefined;
  const byName = indexByName(repo);
  const paths = new Set<string>();
  const counted = new Set<string>();
  for (const entry of docs) {
    const { source } = entry;
    let used = false;
    if (claims) {
      for (const claim of entry.analysis.fileClaims) {
        const target = resolveClaimPath(claim.path, source.path, repo, byName);
        if (target) counted.add(target);
        used = true;
      }
    }
    if (drift) {
      for (const { target } of codeReferences(entry, repo)) {
        paths.add(target);
        used = true;
      }
    }
    if (used) paths.add(posix.join(repo.contentDir, source.path));
  }
  if (paths.size === 0 && counted.size === 0) return undefined;
  return readFileHistory(root, [...paths, ...counted], counted);
}

/**
 * The code files (not docs) a doc references by link or code span, as
 * repository paths, each with its first reference's place.
 */
export function codeReferences(
  { source, analysis }: AnalyzedEvidenceDoc,
  repo: RepoFiles,
): { target: string; position: Position }[] {
  const targets = new Map<string, Position>();
  for (const reference of analysis.links.references) {
    if (reference.external || (reference.kind !== 'code' && reference.kind !== 'link')) continue;
    const path = reference.url.split('#')[0]?.split('?')[0] ?? '';
    if (path === '' || isDocPath(path)) continue;
    const target = resolveClaimPath(safeDecode(path), source.path, repo);
    if (target && !targets.has(target)) targets.set(target, reference.position);
  }
  return [...targets].map(([target, position]) => ({ target, position }));
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
