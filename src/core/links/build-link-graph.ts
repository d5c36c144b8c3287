import { posix } from 'node:path';
import type { Relation } from '../model/doc.ts';
import type { CheckedDoc, SetContext } from '../rules/rule.ts';
import type { HeadingSlugs } from './collect-heading-slugs.ts';
import type { Reference } from './collect-references.ts';
import { buildFileIndex, type FileIndex, type RepoFiles } from './file-index.ts';
import { linkFacts } from './link-facts.ts';
import { isDocPath } from './looks-like-path.ts';
import {
  resolveReference,
  splitUrl,
  type ResolvedTarget,
  type ResolveMode,
} from './resolve-reference.ts';

/** A reference with what it resolved to. */
export interface ResolvedReference {
  reference: Reference;
  target: ResolvedTarget;
  /**
   * Whether a broken target is worth reporting. Backticked paths are reported
   * only when they name a doc (`.md`): prose mentions source files such as
   * `backend/src/models.py` that live outside the doc set, and reporting
   * those would cry wolf on every doc.
   */
  reportable: boolean;
}

/** A typed relation with what its target resolved to. */
export interface ResolvedRelation {
  relation: Relation;
  target: ResolvedTarget;
}

/** Phase one, per doc: its landmarks and its resolved references and relations. */
export interface DocLinks {
  entry: CheckedDoc;
  landmarks: ReadonlySet<string>;
  /** Each Markdown heading's anchor on GitHub and on the site, in order; see `collectHeadingSlugs`. */
  headings: readonly HeadingSlugs[];
  references: readonly ResolvedReference[];
  /** Relations except `aliases` (old paths, which should not exist) and URLs. */
  relations: readonly ResolvedRelation[];
}

/** Phase two: every doc's links, merged for checks across the set. */
export interface LinkGraph {
  index: FileIndex;
  /** By doc path, in path order. */
  docs: ReadonlyMap<string, DocLinks>;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const graphs = new WeakMap<SetContext, LinkGraph>();

/**
 * The link graph of a doc set, built once per check and shared by every link
 * rule. Pure: reads only the docs and the facts in the context.
 */
export function linkGraphOf(context: SetContext): LinkGraph {
  let graph = graphs.get(context);
  if (!graph) {
    graph = buildLinkGraph(context.docs, context.facts.files, context.facts.repoFiles);
    graphs.set(context, graph);
  }
  return graph;
}

/** Build the link graph: collect per doc, then resolve against all files and ids. */
export function buildLinkGraph(
  docs: readonly CheckedDoc[],
  files: Iterable<string> | undefined,
  repo?: RepoFiles,
): LinkGraph {
  const index = buildFileIndex(
    files,
    docs.map((entry) => entry.source.path),
    repo,
  );
  const byId = new Map<string, string>();
  for (const { doc } of docs) if (!byId.has(doc.id)) byId.set(doc.id, doc.path);
  // Docs of one folder linking to the same target share one resolved object:
  // 2,000 docs linking to each other are millions of references but only
  // thousands of targets.
  const resolved = new Map<string, ResolvedTarget>();
  const resolve = (url: string, from: string, mode: ResolveMode): ResolvedTarget => {
    const key = `${mode}\u0000${posix.dirname(from)}\u0000${url}`;
    let target = resolved.get(key);
    if (!target) {
      target = resolveReference(url, from, index, mode);
      // `#fragment` alone resolves to the linking doc itself: not shared.
      if (target.written !== '') resolved.set(key, target);
    }
    return target;
  };
  const result = new Map<string, DocLinks>();
  for (const entry of docs) {
    const { path } = entry.source;
    const facts = linkFacts.of(entry.source);
    const references = facts.references
      .filter((reference) => !reference.external)
      .map((reference) => {
        const mode = reference.kind === 'code' ? 'file-then-root' : 'file';
        const target = resolve(reference.url, path, mode);
        const reportable = reference.kind !== 'code' || isDocPath(target.written);
        return { reference, target, reportable };
      });
    const relations = entry.doc.relations
      .filter((relation) => relation.type !== 'aliases' && !EXTERNAL.test(relation.target))
      .map((relation) => ({ relation, target: resolveRelation(relation, path, index, byId) }));
    result.set(path, {
      entry,
      landmarks: new Set(facts.landmarks),
      headings: facts.headings,
      references,
      relations,
    });
  }
  return { index, docs: result };
}

/** A relation target is a path (from the doc, then the root) or another doc's `id`. */
function resolveRelation(
  relation: Relation,
  from: string,
  index: FileIndex,
  byId: ReadonlyMap<string, string>,
): ResolvedTarget {
  const target = resolveReference(relation.target, from, index, 'file-then-root');
  if (target.status === 'found') return target;
  const byIdPath = byId.get(relation.target) ?? byId.get(splitUrl(relation.target).written);
  return byIdPath ? { ...target, status: 'found', path: byIdPath, via: 'root' } : target;
}
