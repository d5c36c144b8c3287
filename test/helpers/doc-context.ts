import { readFileSync } from 'node:fs';
import { configSchema, type UserConfig } from '../../src/core/config/config-schema.ts';
import { analyzeDoc } from '../../src/core/analysis/doc-analysis.ts';
import { parseSourceDoc } from '../../src/core/load/parse-source-doc.ts';
import { indexDoc } from '../../src/core/metrics/doc-index.ts';
import { buildDoc } from '../../src/core/metrics/build-doc.ts';
import type { DocRule, RuleContext } from '../../src/core/rules/rule.ts';

/** A rule context whose Doc is built by `buildDoc`, as `check` builds it. */
export function docContext(
  text: string,
  options: { path?: string; today?: string; config?: UserConfig } = {},
): RuleContext {
  const path = options.path ?? 'doc.md';
  const source = parseSourceDoc(path, new TextEncoder().encode(text), '/project');
  const index = indexDoc(source);
  return {
    source,
    index,
    analysis: analyzeDoc(source, index),
    doc: buildDoc(source, {}, index),
    config: configSchema.parse(options.config ?? {}),
    today: options.today ?? '2026-11-21',
  };
}

/** {@link docContext} for a file under `test/fixtures/` or the repository root (`content/…`). */
export function docFixture(
  path: string,
  options: { today?: string; config?: UserConfig } = {},
): RuleContext {
  const base = path.startsWith('content/') ? '../../' : '../fixtures/';
  const text = readFileSync(new URL(`${base}${path}`, import.meta.url), 'utf8');
  return docContext(text, { ...options, path });
}

/** Run rules on a context and return it. */
export function runRules(context: RuleContext, ...rules: DocRule[]): RuleContext {
  for (const rule of rules) rule.check(context);
  return context;
}
