import { posix } from 'node:path';
import type { Doc, Relation } from '../model/doc.ts';
import type { HeadingSlugs } from './collect-heading-slugs.ts';
import type { Reference } from './collect-references.ts';
import { buildFileIndex, type FileIndex, type RepoFiles } from './file-index.ts';
import type { LinkFacts } from './link-facts.ts';
import type { Rename } from './parse-git-renames.ts';
import { isRoleName } from './generic-names.ts';
import { isDocPath } from './looks-like-path.ts';
import { isMachinePath, isNameFragment, isPlaceholderPath } from './not-a-reference.ts';
import { isCheckableFile } from './code-paths.ts';
import { collectSupersededBy } from './find-successor.ts';
import { namesADoc, prefixesOf } from './relation-target.ts';
import { dropOtherProjects, isProse, namesAnotherProject } from './other-projects.ts';
import {
  resolveReference,
  splitUrl,
  topOf,
  type ResolvedTarget,
  type ResolveMode,
} from './resolve-reference.ts';

/** A reference with what it resolved to. */
export interface ResolvedReference {
  reference: Reference;
  target: ResolvedTarget;
  /**
   * Whether a broken target is worth reporting. A path to a file other than
   * a doc only when the repository can be judged on it (`isCheckableFile`:
   * git lists files of that kind; in prose, a path with a folder). Never
   * reportable when broken:
   * placeholders (`<name>.md`, `2026-01-XX.md`), extensions and name
   * suffixes alone (`.md`), paths on someone's machine (`/home/x/a.md`), and
   * backticked paths that a sentence creates, deletes, hedges or moves away,
   * and prose paths that talk about another project (`dropOtherProjects`).
   */
  reportable: boolean;
  /** A record that names the target on purpose (`MISSING`, `❌`): reported, never edited. */
  record: boolean;
}

/** A typed relation with what its target resolved to. */
export interface ResolvedRelation {
  relation: Relation;
  target: ResolvedTarget;
  /** Whether a missing target is worth reporting: a path, or an id of a kind the docs use; see `namesADoc`. */
  reportable: boolean;
}

/** What the graph reads of one doc: its path, its relations and its link facts. */
export interface LinkedDoc {
  source: { path: string };
  doc: Pick<Doc, 'id' | 'path' | 'relations'>;
  analysis: { links: LinkFacts };
}

/** Phase one, per doc: its landmarks and its resolved references and relations. */
export interface DocLinks<Entry extends LinkedDoc = LinkedDoc> {
  entry: Entry;
  landmarks: ReadonlySet<string>;
  /** Each Markdown heading's anchor on GitHub and on the site, in order; see `collectHeadingSlugs`. */
  headings: readonly HeadingSlugs[];
  references: readonly ResolvedReference[];
  /** Relations except `aliases` (old paths, which should not exist) and URLs. */
  relations: readonly ResolvedRelation[];
}

/** Phase two: every doc's links, merged for checks across the set. */
export interface LinkGraph<Entry extends LinkedDoc = LinkedDoc> {
  index: FileIndex;
  /** By doc path, in path order. */
  docs: ReadonlyMap<string, DocLinks<Entry>>;
  /** Superseded path → the first doc (by path) whose `supersedes` names it (`collectSupersededBy`). */
  supersededBy: ReadonlyMap<string, string>;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/**
 * The link graph of a doc set, built once per check (`checkDocs`) and shared
 * by every link rule.
 */
export function linkGraphOf<Entry extends LinkedDoc>(context: {
  graph: LinkGraph<Entry>;
}): LinkGraph<Entry> {
  return context.graph;
}

/**
 * Build the link graph: collect per doc, then resolve against all files and
 * ids. Pure: reads only the docs, the files under the root, the
 * repository's files and its renames.
 */
export function buildLinkGraph<Entry extends LinkedDoc>(
  docs: readonly Entry[],
  files: Iterable<string> | undefined,
  repo?: RepoFiles,
  renames?: ReadonlyMap<string, Rename>,
): LinkGraph<Entry> {
  const index = buildFileIndex(
    files,
    docs.map((entry) => entry.source.path),
    repo,
  );
  const byId = new Map<string, string>();
  for (const { doc } of docs) if (!byId.has(doc.id)) byId.set(doc.id, doc.path);
  const idPrefixes = prefixesOf(byId);
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
  const result = new Map<string, DocLinks<Entry>>();
  for (const entry of docs) {
    const { path } = entry.source;
    const facts = entry.analysis.links;
    const references = facts.references
      .filter((reference) => !reference.external)
      .map((reference) => {
        const mode = isProse(reference.kind) ? 'file-then-root' : 'file';
        const target = resolve(reference.url, path, mode);
        const reportable = isReportable(reference, target, index);
        return { reference, target, reportable, record: reference.context === 'record' };
      });
    dropOldColumns(references);
    dropOtherProjects(references, facts.mentions, { from: path, index, renames });
    const relations = entry.doc.relations
      .filter((relation) => relation.type !== 'aliases' && !EXTERNAL.test(relation.target))
      .map((relation) => ({
        relation,
        target: resolveRelation(relation, path, index, byId),
        reportable: namesADoc(relation.target, idPrefixes),
      }));
    result.set(path, {
      entry,
      landmarks: new Set(facts.landmarks),
      headings: facts.headings,
      references,
      relations,
    });
  }
  return { index, docs: result, supersededBy: collectSupersededBy(result) };
}

/** Whether a reference that does not resolve is worth a finding; see {@link ResolvedReference}. */
function isReportable(reference: Reference, target: ResolvedTarget, index: FileIndex): boolean {
  const prose = isProse(reference.kind);
  const { written } = target;
  const doc = isDocPath(written);
  if (target.status === 'found') return doc || !prose;
  // A link that leaves the repository is wrong whatever it names; a missing file only where it can be judged.
  if (!doc && (prose || target.status === 'missing') && !isCheckableFile(written, index, prose)) {
    return false;
  }
  if (isPlaceholderPath(written) || isNameFragment(written)) return false;
  const isFolder = (name: string) =>
    index.folders.has(name) || index.folders.has(`${topOf(index)}/${name}`.replace(/^\//, ''));
  if (isMachinePath(written, isFolder)) return false;
  if (!prose) return true;
  if (reference.context !== undefined) return false;
  // `README.md`, `STAGE.md` alone in prose name a kind of file, often another project's.
  if (!written.includes('/') && isRoleName(written)) return false;
  return !namesAnotherProject(written, index);
}

/**
 * In a table row that names a missing path and, further right, one that
 * exists (`| old.md | new.md | done |`), the missing one is the old side of
 * a move record: not reported.
 */
function dropOldColumns(references: ResolvedReference[]): void {
  for (const [at, resolved] of references.entries()) {
    if (!resolved.reference.inTable || resolved.target.status === 'found') continue;
    const { line, column } = resolved.reference.position.start;
    const newer = references.slice(at + 1).some(({ reference, target }) => {
      const start = reference.position.start;
      return start.line === line && start.column > column && target.status === 'found';
    });
    if (newer) resolved.reportable = false;
  }
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
