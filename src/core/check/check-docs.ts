import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/config-schema.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { buildDoc } from '../model/build-doc.ts';
import type { Doc } from '../model/doc.ts';
import { applySeverities, createSeverityResolver } from '../rules/apply-severities.ts';
import { DOC_RULES, SET_RULES } from '../rules/index.ts';
import type { CheckedDoc, DocRule, SetFacts, SetRule } from '../rules/rule.ts';
import type { CheckResult, FileResult } from './check-result.ts';

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
  /**
   * Docs whose per-doc phase is already done (answered from the cache, their
   * messages already on `source.file`): they are not rebuilt and per-doc
   * rules do not run on them again. Set rules always run on every doc.
   */
  known?: ReadonlyMap<SourceDoc, Doc>;
  /** Called for each doc after its per-doc phase, before set rules report (to fill the cache). */
  onDocChecked?: (checked: CheckedDoc) => void;
}

/**
 * Check loaded docs: infer each doc's metadata, run every rule, apply
 * severities. Pure: no I/O; a rule that throws becomes a message on its
 * doc, so one broken rule or doc never hides the others.
 */
export function checkDocs(sources: readonly SourceDoc[], options: CheckDocsOptions): CheckResult {
  const { config, today } = options;
  const resolve = createSeverityResolver(config);
  const checkDoc = createDocChecker(options);
  const checked: CheckedDoc[] = sources.map((source) => {
    const known = options.known?.get(source);
    if (known) return { source, doc: known };
    const result = checkDoc(source);
    options.onDocChecked?.(result);
    return result;
  });
  const setContext = {
    docs: checked,
    config,
    today,
    root: options.root,
    facts: options.facts ?? {},
  };
  for (const rule of options.setRules ?? SET_RULES) {
    guard(checked[0]?.source, rule.id, () => {
      rule.check(setContext);
    });
  }
  const files: FileResult[] = checked.map(({ source, doc }) => ({
    path: source.path,
    doc,
    messages: applySeverities(source.file.messages, source.path, resolve),
  }));
  return { root: options.root, files };
}

/**
 * The per-doc phase of {@link checkDocs} for one doc: infer its metadata and
 * run every per-doc rule. Exposed so a caller can check each doc as it is
 * read and let its tree go before the next (see `checkProject`).
 */
export function createDocChecker(
  options: Pick<CheckDocsOptions, 'config' | 'today' | 'rules'>,
): (source: SourceDoc) => CheckedDoc {
  const { config, today } = options;
  const kindOverrides = Object.entries(config.kinds).map(([glob, kind]) => ({
    matches: picomatch(glob, { dot: true }),
    kind,
  }));
  const rules = options.rules ?? DOC_RULES;
  return (source) => {
    const doc = buildDoc(source, { statuses: config.statuses });
    applyKindOverride(doc, kindOverrides);
    for (const rule of rules) {
      guard(source, rule.id, () => {
        rule.check({ source, doc, config, today });
      });
    }
    return { source, doc };
  };
}

/** Run a rule; if it throws, record that on the doc instead of crashing the check. */
function guard(source: SourceDoc | undefined, ruleId: DocRule['id'], run: () => void): void {
  try {
    run();
  } catch (error) {
    source?.file.message(
      `Rule \`${ruleId}\` failed: ${(error as Error).message}; please report this`,
      { place: { line: 1, column: 1 }, ruleId, source: 'statusdocs' },
    );
  }
}

function applyKindOverride(
  doc: Doc,
  overrides: readonly { matches: (path: string) => boolean; kind: Doc['kind'] }[],
): void {
  for (const override of overrides) {
    if (override.matches(doc.path)) {
      doc.kind = override.kind;
      doc.sources.kind = { from: 'config' };
    }
  }
}
