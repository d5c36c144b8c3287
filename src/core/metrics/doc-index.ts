import { findCodeRanges, type CodeRanges } from '../load/code-ranges.ts';
import { repoPrefix } from '../load/repo-prefix.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { indexNodes, type NodeIndex } from '../load/visit.ts';
import { createLocator, type Locator } from '../model/locate.ts';
import { readModelInput, type ModelInput } from '../model/read-model-input.ts';
import { analyzeTables, type TableAnalysis } from './analyze-table.ts';
import type { BodyClaim } from './body-claim.ts';
import { collectSections, type Section } from './collect-sections.ts';
import { collectTaskItems, type TaskItem } from './collect-task-items.ts';
import { extractBodyMetrics } from './extract-body-metrics.ts';
import { maskedLines, type TextLine } from './mask-text.ts';

/**
 * What the per-doc phase derives from one parsed doc, built once right after
 * parsing ({@link indexDoc}) and handed explicitly to the model
 * (`buildDoc`), the analysis (`analyzeDoc`) and the per-doc rules
 * (`RuleContext.index`). It holds trees and indexes into the doc's mdast,
 * so it lives only as long as the doc's per-doc phase: it is never cached
 * and never reaches the set rules (what they need is in `DocAnalysis`).
 * Read-only for everyone who receives it.
 */
export interface DocIndex {
  /** The mdast's nodes by type, in document order: one walk shared by every reader. */
  nodes: NodeIndex;
  /** Offsets in the doc's text → line and column. */
  locate: Locator;
  /** What the model reads: valid frontmatter (and its schema check), header lines, first heading, path. */
  model: ModelInput;
  /** Code blocks and inline code, where most rules are off. */
  code: CodeRanges;
  /** Sections in document order, each knowing whether it is history or follow-up work. */
  sections: readonly Section[];
  /** The author's own prose as lines (`maskText`): code, HTML, tables and quotes blanked. */
  lines: readonly TextLine[];
  /** Every GFM table, analysed. */
  tables: readonly TableAnalysis[];
  /** Every `[x]` / `[ ]` item. */
  tasks: readonly TaskItem[];
  /** Metric claims of the body, sorted by position (`extractBodyMetrics`). */
  claims: readonly BodyClaim[];
  /** The first prose claim past `MAX_TEXT_CLAIMS`, where reading stopped; undefined when none. */
  claimOverflow: BodyClaim | undefined;
}

/**
 * The indexing stage: derive a parsed doc's {@link DocIndex}. Pure but for
 * `repoPrefix`: where the doc's content root sits in its git repository,
 * which a caller indexing many docs looks up once (`repoPrefix`).
 */
export function indexDoc(
  source: SourceDoc,
  prefix: string = repoPrefix(source.file.cwd),
): DocIndex {
  const nodes = indexNodes(source.tree);
  const locate = createLocator(source.text);
  const sections = collectSections(nodes, source.text.length);
  const lines = maskedLines(source, nodes);
  const tables = analyzeTables(nodes);
  const tasks = collectTaskItems(nodes, sections);
  const body = extractBodyMetrics({ text: source.text, locate, sections, lines, tables, tasks });
  return {
    nodes,
    locate,
    model: readModelInput(source, nodes, locate, prefix),
    code: findCodeRanges(nodes),
    sections,
    lines,
    tables,
    tasks,
    claims: body.claims,
    claimOverflow: body.overflow,
  };
}
