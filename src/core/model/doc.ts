import type { DocKind, DocStatus, RelationType } from './vocabulary.ts';

/** Where a metadata value was found. */
export type SourceKind =
  | 'frontmatter'
  | 'header'
  | 'filename'
  | 'folder'
  | 'heading'
  | 'body'
  | 'git'
  | 'config'
  | 'default';

/** The origin of one value: what kind of source, and where in the file (1-based). */
export interface ValueSource {
  from: SourceKind;
  line?: number;
  column?: number;
}

/** A metadata value with its origin. Inference functions return these. */
export interface Sourced<T> {
  value: T;
  source: ValueSource;
}

/** Test counts. */
export interface TestsMetric {
  passed?: number;
  failed?: number;
  errors?: number;
  skipped?: number;
  total?: number;
}

/** Coverage in percent, with an optional target. */
export interface CoverageMetric {
  value: number;
  target?: number;
}

/** A team's own metric. */
export interface CustomMetric {
  value: number;
  unit?: string;
  target?: number;
  better?: 'higher' | 'lower';
}

/** The metrics of a doc (PRODUCT.md "Metrics"). */
export interface Metrics {
  tests?: TestsMetric;
  coverage?: CoverageMetric;
  /** Percent, 0–100. */
  completion?: number;
  tasks?: { done: number; total: number };
  custom?: Record<string, CustomMetric>;
}

/** A typed edge from this doc to another (by path or id, as written). */
export interface Relation {
  type: RelationType;
  target: string;
  source: ValueSource;
}

/** Fields of a doc whose origin is recorded. */
export type DocField =
  | 'id'
  | 'title'
  | 'kind'
  | 'status'
  | 'date'
  | 'updated'
  | 'owner'
  | 'tags'
  | 'summary'
  | 'metrics.completion'
  | 'metrics.tests'
  | 'metrics.coverage'
  | 'metrics.tasks';

/** A value a doc states but that lost to a more authoritative one (see `inferStatus`). */
export interface IgnoredValue {
  field: 'status' | 'date' | 'updated';
  /** As written. */
  value: string;
  source: ValueSource;
}

/** One status doc as statusdocs understands it. */
export interface Doc {
  /** Stable id: frontmatter `id`, else the path. */
  id: string;
  /** Path relative to the content root, with `/` separators. */
  path: string;
  title: string | null;
  kind: DocKind;
  /** Normalized status, or null when none was found. */
  status: DocStatus | null;
  /** The status as written (`✅ Complete`). */
  statusText: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` when only the month is written, or null. */
  date: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` when only the month is written, or null. */
  updated: string | null;
  owner: string | null;
  tags: string[];
  summary: string | null;
  metrics: Metrics;
  relations: Relation[];
  /** Where each inferred value came from. */
  sources: Partial<Record<DocField, ValueSource>>;
  /** Statuses and dates the doc also states that were not used, most authoritative first. */
  ignored?: IgnoredValue[];
}
