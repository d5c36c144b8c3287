import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/config-schema.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { buildDoc } from '../model/build-doc.ts';
import type { Doc } from '../model/doc.ts';
import { applySeverities, createSeverityResolver } from '../rules/apply-severities.ts';
import { DOC_RULES } from '../rules/index.ts';
import type { DocRule } from '../rules/rule.ts';
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
}

/**
 * Check loaded docs: infer each doc's metadata, run every rule, apply
 * severities. Pure: no I/O; a rule that throws becomes a message on its
 * doc, so one broken rule or doc never hides the others.
 */
export function checkDocs(sources: readonly SourceDoc[], options: CheckDocsOptions): CheckResult {
  const { config, today } = options;
  const resolve = createSeverityResolver(config);
  const kindOverrides = Object.entries(config.kinds).map(([glob, kind]) => ({
    matches: picomatch(glob, { dot: true }),
    kind,
  }));
  const rules = options.rules ?? DOC_RULES;
  const files: FileResult[] = sources.map((source) => {
    const doc = buildDoc(source, { statuses: config.statuses });
    applyKindOverride(doc, kindOverrides);
    for (const rule of rules) {
      try {
        rule.check({ source, doc, config, today });
      } catch (error) {
        // A rule bug must not crash the check or hide other findings.
        source.file.message(
          `Rule \`${rule.id}\` failed on this doc: ${(error as Error).message}; please report this`,
          { place: { line: 1, column: 1 }, ruleId: rule.id, source: 'statusdocs' },
        );
      }
    }
    return {
      path: source.path,
      doc,
      messages: applySeverities(source.file.messages, source.path, resolve),
    };
  });
  return { root: options.root, files };
}

function applyKindOverride(
  doc: Doc,
  overrides: readonly { matches: (path: string) => boolean; kind: Doc['kind'] }[],
): void {
  for (const override of overrides) {
    if (override.matches(doc.path)) {
      doc.kind = override.kind;
      doc.sources.kind = { from: 'default' };
    }
  }
}
