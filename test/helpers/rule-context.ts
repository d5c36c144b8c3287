import { readFileSync } from 'node:fs';
import { configSchema, type UserConfig } from '../../src/core/config/config-schema.ts';
import { analyzeDoc } from '../../src/core/analysis/doc-analysis.ts';
import { parseSourceDoc } from '../../src/core/load/parse-source-doc.ts';
import { indexDoc } from '../../src/core/metrics/doc-index.ts';
import type { Doc } from '../../src/core/model/doc.ts';
import type { DocRule, RuleContext } from '../../src/core/rules/rule.ts';

/** A minimal Doc for rule tests that do not depend on inference. */
export function blankDoc(path: string, overrides: Partial<Doc> = {}): Doc {
  return {
    id: path,
    path,
    title: null,
    kind: 'report',
    status: null,
    statusText: null,
    date: null,
    updated: null,
    owner: null,
    tags: [],
    summary: null,
    metrics: {},
    relations: [],
    sources: {},
    ...overrides,
  };
}

/** Build a rule context from Markdown text. */
export function contextFromText(
  text: string,
  options: { path?: string; doc?: Partial<Doc>; config?: UserConfig; today?: string } = {},
): RuleContext {
  const path = options.path ?? 'doc.md';
  const source = parseSourceDoc(path, new TextEncoder().encode(text), '/project');
  const index = indexDoc(source);
  return {
    source,
    index,
    analysis: analyzeDoc(source, index),
    doc: blankDoc(path, options.doc),
    config: configSchema.parse(options.config ?? {}),
    today: options.today ?? '2026-11-21',
  };
}

/** Build a rule context from a fixture file (path relative to test/fixtures). */
export function contextFromFixture(
  fixture: string,
  options: { doc?: Partial<Doc>; config?: UserConfig; today?: string } = {},
): RuleContext {
  const text = readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8');
  return contextFromText(text, { ...options, path: fixture });
}

/** Messages of a context as compact, sorted `line:column ruleId reason` strings. */
export function messagesOf(context: RuleContext): string[] {
  return context.source.file.messages
    .map((m) => `${m.line ?? 0}:${m.column ?? 0} ${m.ruleId ?? ''} ${m.reason}`)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Run one per-doc rule on a fixture file and return its sorted messages. */
export function runRuleOnFixture(rule: DocRule, fixture: string): string[] {
  const context = contextFromFixture(fixture);
  rule.check(context);
  return messagesOf(context);
}

/** Run one per-doc rule on Markdown text and return its sorted messages. */
export function runRuleOnText(rule: DocRule, text: string): string[] {
  const context = contextFromText(text);
  rule.check(context);
  return messagesOf(context);
}
