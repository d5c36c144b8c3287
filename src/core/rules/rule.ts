import type { ResolvedConfig } from '../config/config-schema.ts';
import type { Evidence } from '../evidence/artifact.ts';
import type { FileHistory } from '../evidence/file-history.ts';
import type { ExternalResult } from '../links/external/external-result.ts';
import type { RepoFiles } from '../links/file-index.ts';
import type { Rename } from '../links/parse-git-renames.ts';
import type { AnalyzedDoc, DocAnalysis } from '../analysis/doc-analysis.ts';
import type { LinkGraph } from '../links/build-link-graph.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import type { DocIndex } from '../metrics/doc-index.ts';
import type { Doc } from '../model/doc.ts';
import type { RuleId } from './rule-ids.ts';

/** What a per-doc rule sees. */
export interface RuleContext {
  /** The loaded doc: text, frontmatter, mdast. Report on `source.file`. */
  source: SourceDoc;
  /** The doc's nodes, sections, masked lines, tables, task items, claims and model input, indexed once. */
  index: DocIndex;
  /** The doc's inferred metadata. */
  doc: Doc;
  /** The facts kept past the per-doc phase (links, claims), derived from the doc and its index. */
  analysis: DocAnalysis;
  /** The resolved configuration. */
  config: ResolvedConfig;
  /** Today's date, `YYYY-MM-DD`; injected so results are reproducible. */
  today: string;
}

/** A rule that looks at one doc at a time. Rules report; they never throw. */
export interface DocRule {
  id: RuleId;
  /** One line: what the rule catches. */
  description: string;
  check(context: RuleContext): void;
}

/** One doc of a set, as set rules see it: read, analysed, its metadata inferred. */
export interface CheckedDoc extends AnalyzedDoc {
  doc: Doc;
}

/** What a rule over the whole doc set sees. */
export interface SetContext {
  /** Every doc, sorted by path. Report on each doc's `source.file`. */
  docs: readonly CheckedDoc[];
  config: ResolvedConfig;
  today: string;
  /** Absolute content root. */
  root: string;
  /** Facts gathered by I/O before checking (e.g. git renames), keyed by provider. */
  facts: SetFacts;
  /** The link graph of `docs`, built once per check for every link rule. */
  graph: LinkGraph<CheckedDoc>;
}

/** Facts from outside the docs, read by the shell before the pure check. */
export interface SetFacts {
  /** Renames from git history: old path → latest path, with commit info; relative to the content root (the repository's other files as `../`). */
  renames?: ReadonlyMap<string, Rename>;
  /** Paths of files (not only docs) that exist under the content root, relative, `/`-separated. */
  files?: ReadonlySet<string>;
  /**
   * Files of the git repository around the content root (`git ls-files`,
   * tracked and untracked but not ignored), so a prose path written from the
   * repository's top level (`` `AGENTS.md` `` when the root is `docs/`) is
   * found. Absent without git.
   */
  repoFiles?: RepoFiles;
  /**
   * Results of `check --external`, by URL as written (fragment included),
   * from `checkExternalLinks`; absent when external links are not checked.
   */
  external?: ReadonlyMap<string, ExternalResult>;
  /**
   * Did-you-mean answers for missing paths, filled as `missing-file` asks.
   * Valid while the files under the root are the same: the check cache
   * keeps it between runs, as comparing a path with thousands of files is
   * the costliest question a check asks.
   */
  similar?: Map<string, readonly string[]>;
  /**
   * CI artifacts read for evidence rules (`check --evidence`, config
   * `evidence`, or the common locations); absent when none were looked for.
   */
  evidence?: Evidence;
  /**
   * Git history of the files docs make claims about (`file-claim`) or track
   * (`drift`), and of the docs themselves; read only when one of those rules
   * may report, absent without git.
   */
  fileHistory?: FileHistory;
}

/** A rule that looks at the whole set at once (links, relations, duplicate ids). */
export interface SetRule {
  id: RuleId;
  description: string;
  check(context: SetContext): void;
}
