import { posix } from 'node:path';
import type { Doc, Relation } from '../model/doc.ts';
import type { HeadingSlugs } from './collect-heading-slugs.ts';
import type { Reference } from './collect-references.ts';
import { buildFileIndex, type FileIndex, type RepoFiles } from './file-index.ts';
import type { LinkFacts } from './link-facts.ts';
import { isRoleName } from './generic-names.ts';
import { isDocPath } from './looks-like-path.ts';
import { isMachinePath, isNameFragment, isPlaceholderPath } from './not-a-reference.ts';
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
   * Whether a broken target is worth reporting. Backticked paths are reported
   * only when they name a doc (`.md`): prose mentions source files such as
   * `backend/src/models.py` that live outside the doc set, and reporting
   * those would cry wolf on every doc. Never reportable when broken:
   * placeholders (`<name>.md`, `2026-01-XX.md`), extensions and name
   * suffixes alone (`.md`), paths on someone's machine (`/home/x/a.md`), and
   * backticked paths that a sentence creates, deletes, hedges or moves away.
   */
  reportable: boolean;
  /** A record that names the target on purpose (`MISSING`, `❌`): reported, never edited. */
  record: boolean;
}

/** A typed relation with what its target resolved to. */
export interface ResolvedRelation {
  relation: Relation;
  target: ResolvedTarget;
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
 * ids. Pure: reads only the docs, the files under the root and the
 * repository's files.
 */
export function buildLinkGraph<Entry extends LinkedDoc>(
  docs: readonly Entry[],
  files: Iterable<string> | undefined,
  repo?: RepoFiles,
): LinkGraph<Entry> {
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
    dropOtherProjects(references, index);
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

/** Whether a reference is a path written in prose (backticked or bare), read like one. */
export function isProse(kind: Reference['kind']): boolean {
  return kind === 'code' || kind === 'bare';
}

/** Whether a reference that does not resolve is worth a finding; see {@link ResolvedReference}. */
function isReportable(reference: Reference, target: ResolvedTarget, index: FileIndex): boolean {
  const prose = isProse(reference.kind);
  if (prose && !isDocPath(target.written)) return false;
  if (target.status === 'found') return true;
  const { written } = target;
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
 * Whether a prose path starts with a folder the repository has nowhere
 * (`openclaw/docs/x.md`, `other-repo/src/y.md`): it names another
 * project's file. Only known with git (`index.repo`); without it every
 * path is checked.
 */
function namesAnotherProject(written: string, index: FileIndex): boolean {
  if (!index.repo || /^\.{0,2}\//.test(written)) return false;
  const lead = written.split('/')[0] ?? '';
  if (written.indexOf('/') === -1 || lead === '') return false;
  return !folderNames(index).has(lead.toLowerCase());
}

const names = new WeakMap<FileIndex, Set<string>>();

/** The lower-cased name of every folder in the index, once per index. */
function folderNames(index: FileIndex): Set<string> {
  let set = names.get(index);
  if (!set) {
    const contentDir = index.repo?.contentDir.split('/') ?? [];
    set = new Set(
      [...index.folders.keys(), ...contentDir].map(
        (folder) => folder.split('/').pop()?.toLowerCase() ?? '',
      ),
    );
    names.set(index, set);
  }
  return set;
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

/**
 * A line that names another project's file (`core/src/x.rs`,
 * `../other-repo/README.md`: a first folder the repository has nowhere)
 * talks about that project: its other backticked paths are not checked.
 */
function dropOtherProjects(references: ResolvedReference[], index: FileIndex): void {
  const foreign = new Set<number>();
  for (const { reference, target } of references) {
    if (!isProse(reference.kind) || target.status === 'found') continue;
    const path = target.written.replace(/^(?:\.\.?\/)+/, '');
    if (namesAnotherProject(path, index)) foreign.add(reference.position.start.line);
  }
  for (const resolved of references) {
    const { reference, target } = resolved;
    if (
      isProse(reference.kind) &&
      target.status !== 'found' &&
      foreign.has(reference.position.start.line)
    ) {
      resolved.reportable = false;
    }
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
