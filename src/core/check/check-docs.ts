import type { ResolvedConfig } from '../config/config-schema.ts';
import { analyzeDoc } from '../analysis/doc-analysis.ts';
import { buildLinkGraph } from '../links/build-link-graph.ts';
import { repoPrefix } from '../load/repo-prefix.ts';
import { toLoadedDoc, type SourceDoc } from '../load/source-doc.ts';
import { buildDoc } from '../metrics/build-doc.ts';
import { indexDoc } from '../metrics/doc-index.ts';
import { applyKindOverrides, compileKindOverrides } from '../model/kind-overrides.ts';
import { applySeverities, createSeverityResolver, isRuleOff } from '../rules/apply-severities.ts';
import { DOC_RULES, SET_RULES } from '../rules/index.ts';
import type { CheckedDoc, DocRule, SetContext, SetFacts, SetRule } from '../rules/rule.ts';
import type { CheckedFile, CheckResult } from './check-result.ts';

/** Inputs of {@link checkDocs} besides the docs. */
export interface CheckDocsOptions {
  /** Absolute content root. */
  root: string;
  config: ResolvedConfig;
  /** Today, `YYYY-MM-DD`, for date rules; injected for reproducible results. */
  today: string;
  /** Rules to run; all by default. */
  rules?: readonly DocRule[];
  /** Set rules to run; all by default. */
  setRules?: readonly SetRule[];
  /** Facts read by the shell (git renames, other files). */
  facts?: SetFacts;
}

/** A checked set: each file's result with its doc and analysis, and the set's link graph. */
export interface CheckedSet {
  result: CheckResult<CheckedFile>;
  graph: SetContext['graph'];
}

/**
 * Check parsed docs: analyse each, infer its metadata, run every rule, apply
 * severities. Pure: no I/O; a rule that throws becomes a message on its
 * doc, so one broken rule or doc never hides the others.
 */
export function checkDocs(sources: readonly SourceDoc[], options: CheckDocsOptions): CheckResult {
  return checkSet(sources.map(createDocChecker(options)), options).result;
}

/**
 * The set phase of {@link checkDocs}, over docs whose per-doc phase is done
 * (checked as they were read, or answered from the cache): build the link
 * graph once, run every set rule, apply severities.
 */
export function checkSet(checked: readonly CheckedDoc[], options: CheckDocsOptions): CheckedSet {
  const { config, today } = options;
  const facts = options.facts ?? {};
  const graph = buildLinkGraph(checked, facts.files, facts.repoFiles, facts.renames);
  const setContext: SetContext = { docs: checked, config, today, root: options.root, facts, graph };
  for (const rule of (options.setRules ?? SET_RULES).filter(
    (rule) => !isRuleOff(config, rule.id),
  )) {
    guard(checked[0]?.source, rule.id, () => {
      rule.check(setContext);
    });
  }
  const resolve = createSeverityResolver(config);
  const files: CheckedFile[] = checked.map(({ source, doc, analysis }) => ({
    path: source.path,
    doc,
    messages: applySeverities(source.file.messages, source.path, resolve),
    source,
    analysis,
  }));
  return { result: { root: options.root, files }, graph };
}

/**
 * The per-doc phase of {@link checkDocs} for one doc: index it (`indexDoc`),
 * analyse it, infer its metadata and run every per-doc rule. Returns the doc
 * without its frontmatter, mdast and index, so a caller that checks each doc
 * as it is read holds one tree at a time (see `checkProject`).
 */
export function createDocChecker(
  options: Pick<CheckDocsOptions, 'config' | 'today' | 'rules'>,
): (source: SourceDoc) => CheckedDoc {
  const { config, today } = options;
  const kindOverrides = compileKindOverrides(config.kinds);
  const rules = (options.rules ?? DOC_RULES).filter((rule) => !isRuleOff(config, rule.id));
  // Where each content root sits in its repository, looked up once per root for the whole run.
  const prefixes = new Map<string, string>();
  const prefixOf = (root: string): string => {
    let prefix = prefixes.get(root);
    if (prefix === undefined) {
      prefix = repoPrefix(root);
      prefixes.set(root, prefix);
    }
    return prefix;
  };
  return (source) => {
    const index = indexDoc(source, prefixOf(source.file.cwd));
    const analysis = analyzeDoc(source, index);
    const doc = buildDoc(source, { statuses: config.statuses }, index);
    applyKindOverrides(doc, kindOverrides);
    for (const rule of rules) {
      guard(source, rule.id, () => {
        rule.check({ source, index, doc, config, today, analysis });
      });
    }
    return { source: toLoadedDoc(source), doc, analysis };
  };
}

/** Run a rule; if it throws, record that on the doc instead of crashing the check. */
function guard(
  source: { file: SourceDoc['file'] } | undefined,
  ruleId: DocRule['id'],
  run: () => void,
): void {
  try {
    run();
  } catch (error) {
    source?.file.message(
      `Rule \`${ruleId}\` failed: ${(error as Error).message}; please report this`,
      { place: { line: 1, column: 1 }, ruleId, source: 'statusdocs' },
    );
  }
}
