import { collectRelations } from './collect-relations.ts';
import { dateCandidatesFrom } from './collect-date-candidates.ts';
import type { Doc, DocField, IgnoredValue, Metrics, Sourced, ValueSource } from './doc.ts';
import { findHeaderFields, HEADER_KEYS } from './header-keys.ts';
import { inferKind } from './infer-kind.ts';
import { inferSummary } from './infer-summary.ts';
import { inferStatus } from './infer-status.ts';
import { fileNameTitle } from './infer-title.ts';
import type { ModelInput } from './read-model-input.ts';
import type { DocStatus } from './vocabulary.ts';

/** Options of {@link inferMetadata}. */
export interface BuildDocOptions {
  /** Extra status words from the config, e.g. `{ "in review": "active" }`; they win. */
  statuses?: Record<string, DocStatus>;
}

/**
 * Turn a doc's model input (`readModelInput`) into a {@link Doc}, its metrics from frontmatter and
 * header lines only (`buildDoc` adds the body's). Each field comes from the best source
 * that has it: frontmatter, then header lines (`**Date**: …`), then the file
 * name and folders, then the first heading; `sources` records which, with its
 * line and column. Pure, and never reports: invalid frontmatter fields are
 * skipped here and reported by their rules.
 */
export function inferMetadata(input: ModelInput, options: BuildDocOptions = {}): Doc {
  const source = input.source;
  const { data, sourceOf } = input.frontmatter;
  const sources: Partial<Record<DocField, ValueSource>> = {};
  const pick = <T>(field: DocField, ...candidates: (Sourced<T> | null | undefined)[]) => {
    const found = candidates.find((candidate) => candidate != null);
    if (found) sources[field] = found.source;
    return found ? found.value : null;
  };
  const fromFrontmatter = <T>(key: string, value: T | undefined) =>
    value === undefined ? null : { value, source: sourceOf([key]) };
  const fromHeader = (keys: readonly string[]) => {
    const field = findHeaderFields(input.headers, keys)[0];
    return field ? { value: field.text, source: field.source } : null;
  };

  const title =
    fromFrontmatter('title', data.title) ?? input.heading?.title ?? fileNameTitle(source.path);
  const dates = dateCandidatesFrom(input);
  const ignored: IgnoredValue[] = [];
  const bestDate = (field: 'date' | 'updated') => {
    const found = dates.filter((date) => date.field === field && date.parsed !== null);
    for (const date of found.slice(1)) {
      if (date.parsed !== found[0]?.parsed) {
        ignored.push({ field, value: date.raw, source: date.source });
      }
    }
    return found.map((date) => ({ value: date.parsed, source: date.source }))[0];
  };
  const status = inferStatus(input, options.statuses);
  if (status) sources.status = status.source;
  for (const item of status?.ignored ?? []) {
    ignored.push({ field: 'status', value: item.value, source: item.source });
  }
  const kind = inferKind({
    frontmatter: fromFrontmatter('kind', data.kind),
    path: input.path.kind,
    titles: [title, input.heading?.title],
  });
  sources.kind = kind.source;

  return {
    id:
      pick('id', fromFrontmatter('id', data.id), {
        value: source.path,
        source: { from: 'filename' },
      }) ?? source.path,
    path: source.path,
    title: pick('title', title),
    kind: kind.value,
    status: status?.status ?? null,
    statusText: status?.text ?? null,
    date: pick('date', bestDate('date')),
    updated: pick('updated', bestDate('updated')),
    owner: pick('owner', fromFrontmatter('owner', data.owner), fromHeader(HEADER_KEYS.owner)),
    tags:
      pick('tags', fromFrontmatter('tags', data.tags), splitTags(fromHeader(HEADER_KEYS.tags))) ??
      [],
    summary: pick(
      'summary',
      fromFrontmatter('summary', data.summary),
      inferSummary(source.tree, input.headers, input.locate),
    ),
    metrics: buildMetrics(input, sources),
    relations: collectRelations(input),
    sources,
    ...(ignored.length > 0 ? { ignored } : {}),
  };
}

/** Metrics from frontmatter, and `completion` from a `**Completion**: 100%` header line. */
function buildMetrics(input: ModelInput, sources: Partial<Record<DocField, ValueSource>>): Metrics {
  const { data, sourceOf } = input.frontmatter;
  const { tests, coverage, completion, tasks, ...custom } = data.metrics ?? {};
  const metrics: Metrics = {};
  if (tests) [metrics.tests, sources['metrics.tests']] = [tests, sourceOf(['metrics', 'tests'])];
  if (coverage) {
    [metrics.coverage, sources['metrics.coverage']] = [coverage, sourceOf(['metrics', 'coverage'])];
  }
  if (tasks) [metrics.tasks, sources['metrics.tasks']] = [tasks, sourceOf(['metrics', 'tasks'])];
  if (Object.keys(custom).length > 0) metrics.custom = custom;
  if (completion !== undefined) {
    metrics.completion = completion;
    sources['metrics.completion'] = sourceOf(['metrics', 'completion']);
    return metrics;
  }
  for (const field of findHeaderFields(input.headers, HEADER_KEYS.completion)) {
    // `100%`, `~40%`, `about 40 %`; a ratio or words are left to metric extraction.
    const match = /^(?:~|≈|about\s+|approx\.?\s+)?(\d{1,3}(?:\.\d+)?)\s*%/i.exec(field.text);
    if (!match) continue;
    metrics.completion = Number(match[1]);
    sources['metrics.completion'] = field.source;
    break;
  }
  return metrics;
}

/** `a, b #c` → `['a', 'b', 'c']`. */
function splitTags(field: Sourced<string> | null): Sourced<string[]> | null {
  if (!field) return null;
  const tags = field.value
    .split(/[,;]|\s+#/)
    .map((tag) => tag.trim().replace(/^#/, ''))
    .filter(Boolean);
  return tags.length > 0 ? { value: tags, source: field.source } : null;
}
