import { z } from 'zod';
import { DOC_KINDS, DOC_STATUSES, RELATION_TYPES } from '../../core/model/vocabulary.ts';

const count = z.number().int().nonnegative();

/** One metric claim held against a CI artifact. */
export const evidenceViewSchema = z.object({
  /** `tests`, `passRate` or `coverage`. */
  metric: z.enum(['tests', 'passRate', 'coverage']),
  /** `total`, or the module a coverage claim is about. */
  scope: z.string(),
  /** The value as written in the doc. */
  written: z.string(),
  /** `verified`, `contradicted` or `unverifiable`. */
  state: z.enum(['verified', 'contradicted', 'unverifiable']),
  /** The artifact's path, as given or found, or null when none could be compared. */
  artifact: z.string().nullable(),
  /** The run's date, `YYYY-MM-DD`, or null. */
  date: z.string().nullable(),
  /** What the artifact says, or why the claim could not be compared. */
  detail: z.string(),
  /** 1-based line of the claim. */
  line: z.number().int(),
});

/** Metrics of a doc, as the core read them (PRODUCT.md "Metrics"). */
export const metricsViewSchema = z.object({
  /** Test counts. */
  tests: z
    .object({
      passed: count.optional(),
      failed: count.optional(),
      errors: count.optional(),
      skipped: count.optional(),
      total: count.optional(),
    })
    .optional(),
  /** Coverage in percent, with an optional target in percent. */
  coverage: z.object({ value: z.number(), target: z.number().optional() }).optional(),
  /** Completion in percent, 0–100. */
  completion: z.number().optional(),
  /** Tasks done out of a total. */
  tasks: z.object({ done: count, total: count }).optional(),
  /** A team's own metrics, by name. */
  custom: z
    .record(
      z.string(),
      z.object({
        value: z.number(),
        unit: z.string().optional(),
        target: z.number().optional(),
        better: z.enum(['higher', 'lower']).optional(),
      }),
    )
    .optional(),
});

/** A doc another doc points at, resolved to its page when it exists. */
const linkedDocSchema = z.object({
  /** Path of the linked doc relative to the content root, or null when no doc matches. */
  path: z.string().nullable(),
  /** URL of the linked doc's page, or null when no doc matches. */
  url: z.string().nullable(),
  /** Title of the linked doc, or null when no doc matches. */
  title: z.string().nullable(),
});

/** Everything a page needs to show one doc. Built by the loader; pages never see frontmatter. */
export const docViewSchema = z.object({
  /** Path relative to the content root, `/` separators: `reports/sprint-12.md`. */
  path: z.string(),
  /** Stable id: frontmatter `id`, else the path. */
  id: z.string(),
  /** URL slug: the path without `.md`, lower case (`reports/sprint-12`). Also the entry id. */
  slug: z.string(),
  /** URL of the doc's page, with the site's base path: `/docs/reports/sprint-12/`. */
  url: z.string(),
  /** The title found in the doc, or null when there is none. */
  title: z.string().nullable(),
  /** What to call the doc: its title, else its file name. */
  label: z.string(),
  /** Kind of doc. */
  kind: z.enum(DOC_KINDS),
  /** Normalized status, or null when none was found. */
  status: z.enum(DOC_STATUSES).nullable(),
  /** The status as written (`✅ Complete`), or null. */
  statusText: z.string().nullable(),
  /**
   * Whether the status comes from a lifecycle folder or file name over what
   * the doc last wrote (then `statusText` is that last written status).
   */
  statusFromPath: z.boolean(),
  /** Date of the doc, `YYYY-MM-DD`, or null. */
  date: z.string().nullable(),
  /** Date of the last update, `YYYY-MM-DD`, or null. */
  updated: z.string().nullable(),
  /** Owner, as written, or null. */
  owner: z.string().nullable(),
  /** Tags. */
  tags: z.array(z.string()),
  /** One-paragraph summary, or null. */
  summary: z.string().nullable(),
  metrics: metricsViewSchema,
  /**
   * The doc's metric claims held against CI artifacts (`metric-evidence`):
   * empty when the build had no artifacts.
   */
  evidence: z.array(evidenceViewSchema),
  /** Typed relations from this doc, in the order written. */
  relations: z.array(
    linkedDocSchema.extend({
      type: z.enum(RELATION_TYPES),
      /** The target as written in the doc. */
      target: z.string(),
      /** 1-based line where the relation is written, or null. */
      line: z.number().int().nullable(),
    }),
  ),
  /** Relations from other docs to this one. */
  backlinks: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      path: z.string(),
      url: z.string(),
      title: z.string(),
    }),
  ),
  /** Docs whose body links to this one (Markdown links, HTML, backticked paths), by path. */
  linkedFrom: z.array(z.object({ path: z.string(), url: z.string(), title: z.string() })),
  /**
   * Paths this doc was known by: its `aliases` and the paths git renamed it
   * from, relative to the content root. Each gets a redirect page.
   */
  formerPaths: z.array(z.object({ path: z.string(), via: z.enum(['alias', 'rename']) })),
  /** Where each value was found ("where this value came from"), in display order. */
  sources: z.array(
    z.object({
      /** The field, e.g. `title` or `metrics.tests`. */
      field: z.string(),
      /** `frontmatter`, `header`, `filename`, `folder`, `heading`, `body`, `git` or `default`. */
      from: z.string(),
      /** Whether the value was inferred rather than declared in frontmatter. */
      inferred: z.boolean(),
      /** 1-based line, or null when the value has no place in the file. */
      line: z.number().int().nullable(),
      /** 1-based column, or null. */
      column: z.number().int().nullable(),
    }),
  ),
  /** The doc's findings, sorted by line then column. */
  diagnostics: z.array(
    z.object({
      severity: z.enum(['error', 'warning', 'info']),
      /** Rule id, e.g. `table-total`, or null. */
      ruleId: z.string().nullable(),
      /** One sentence; code spans in backticks. */
      message: z.string(),
      /** 1-based line, or null. */
      line: z.number().int().nullable(),
      /** 1-based column, or null. */
      column: z.number().int().nullable(),
      /** The rule's documentation, or null. */
      url: z.string().nullable(),
    }),
  ),
  /** Number of findings per severity. */
  counts: z.object({ error: count, warning: count, info: count }),
});

/** One doc, ready to show. */
export type DocView = z.infer<typeof docViewSchema>;
/** A metric claim's evidence, ready to show. */
export type EvidenceView = z.infer<typeof evidenceViewSchema>;
/** Metrics of a doc, ready to show. */
export type MetricsView = z.infer<typeof metricsViewSchema>;
