import type { DocField, Metrics, ValueSource } from '../model/doc.ts';
import type { TableAnalysis } from './analyze-table.ts';
import type { BodyClaim, PercentClaim, TestsClaim } from './body-claim.ts';
import { taskClaims, type TaskItem } from './collect-task-items.ts';
import { extractTableClaims } from './extract-table-claims.ts';
import { extractTextClaims, type TextScan } from './extract-text-claims.ts';
import type { ParsedNumber } from './parse-number.ts';

export type { BodyClaim, PercentClaim, TasksClaim, TestsClaim } from './body-claim.ts';

/** What {@link extractBodyMetrics} reads: a doc's text and what its `DocIndex` holds. */
export interface BodyScan extends TextScan {
  tables: readonly TableAnalysis[];
  tasks: readonly TaskItem[];
}

/** A doc's body claims, and where reading prose claims stopped. */
export interface BodyClaims {
  /** Sorted by position; at most {@link MAX_TEXT_CLAIMS} read from prose. */
  claims: BodyClaim[];
  /** The first prose claim past {@link MAX_TEXT_CLAIMS}; undefined when none. */
  overflow: BodyClaim | undefined;
}

/**
 * Most claims read from a doc's prose. Real docs hold hundreds at most; a
 * generated line repeating `coverage 80%` could hold hundreds of thousands,
 * each costing time and memory in every claim rule.
 */
export const MAX_TEXT_CLAIMS = 10_000;

/**
 * Every metric claim in a doc's body, each with its position and section:
 * test counts, pass rates, coverage (with its target), completion, and task
 * list counts (per section and for the whole doc). Code blocks, inline code,
 * HTML and block quotes are skipped. Sorted by position. Pure; read once per
 * doc (`indexDoc`) and shared by the model and the rules.
 */
export function extractBodyMetrics(scan: BodyScan): BodyClaims {
  const text = extractTextClaims(scan, MAX_TEXT_CLAIMS);
  const overflow = text[MAX_TEXT_CLAIMS];
  if (overflow) text.length = MAX_TEXT_CLAIMS;
  const claims = [
    ...text,
    ...extractTableClaims(scan.tables, scan.sections),
    ...taskClaims(scan.tasks),
  ];
  claims.sort(
    (a, b) =>
      (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0) ||
      a.metric.localeCompare(b.metric),
  );
  return { claims, overflow };
}

/** Doc-level metrics read from the body, with where each came from (`from: 'body'`). */
export interface BodyMetricsSummary {
  metrics: Metrics;
  sources: Partial<Record<DocField, ValueSource>>;
}

/**
 * The doc-level metrics the body states, to fill `Doc.metrics` where
 * frontmatter and header lines gave none: the first current completion,
 * coverage and test-count claims, and the whole doc's task count. A range
 * (`~40-42%`) gives its midpoint.
 */
export function summarizeBodyMetrics(claims: readonly BodyClaim[]): BodyMetricsSummary {
  const metrics: Metrics = {};
  const sources: Partial<Record<DocField, ValueSource>> = {};
  const at = (claim: BodyClaim): ValueSource => ({
    from: 'body',
    line: claim.position.start.line,
    column: claim.position.start.column,
  });
  const currentPercent = (metric: PercentClaim['metric']) =>
    claims.find((c): c is PercentClaim => c.metric === metric && c.current);
  const completion = currentPercent('completion');
  if (completion) {
    metrics.completion = level(completion.value);
    sources['metrics.completion'] = at(completion);
  }
  const coverage = currentPercent('coverage');
  if (coverage) {
    metrics.coverage = { value: level(coverage.value) };
    if (coverage.target) metrics.coverage.target = level(coverage.target);
    sources['metrics.coverage'] = at(coverage);
  }
  const tests = claims.find((c): c is TestsClaim => c.metric === 'tests' && c.current);
  if (tests) {
    metrics.tests = { ...tests.counts };
    sources['metrics.tests'] = at(tests);
  }
  const tasks = claims.find((c) => c.metric === 'tasks' && c.scope === 'doc');
  if (tasks?.metric === 'tasks') {
    metrics.tasks = { done: tasks.done, total: tasks.total };
    sources['metrics.tasks'] = at(tasks);
  }
  return { metrics, sources };
}

/** The single level a parsed percent stands for: the value, or a range's midpoint. */
export function level(value: ParsedNumber): number {
  return value.min === value.max ? value.min : Math.round(((value.min + value.max) / 2) * 10) / 10;
}
