import { z } from 'zod';
import { DOC_KINDS, DOC_STATUSES } from './vocabulary.ts';

const count = z.number().int().nonnegative();
const percent = z.number();

/** Test counts from one test run. All fields are counts of tests. */
export const testsMetricSchema = z
  .object({
    /** Tests that passed. */
    passed: count.optional().describe('Tests that passed.'),
    /** Tests that failed an assertion. */
    failed: count.optional().describe('Tests that failed an assertion.'),
    /** Tests that errored before they could pass or fail. */
    errors: count.optional().describe('Tests that errored before they could pass or fail.'),
    /** Tests that were skipped. */
    skipped: count.optional().describe('Tests that were skipped.'),
    /** All tests collected; passed + failed + errors + skipped should not exceed it. */
    total: count.optional().describe('All tests collected.'),
  })
  .strict();

/** Code coverage, in percent (0–100). */
export const coverageMetricSchema = z
  .object({
    /** Measured coverage in percent, 0–100. */
    value: percent.describe('Measured coverage in percent, 0–100.'),
    /** Coverage the team aims for, in percent, 0–100. */
    target: percent.optional().describe('Target coverage in percent, 0–100.'),
  })
  .strict();

/** Task counts, usually counted from task lists. */
export const tasksMetricSchema = z
  .object({
    /** Tasks done. */
    done: count.describe('Tasks done.'),
    /** All tasks. */
    total: count.describe('All tasks.'),
  })
  .strict();

/** A metric of the team's own, such as latency or open bugs. */
export const customMetricSchema = z
  .object({
    /** The measured value. */
    value: z.number().describe('The measured value.'),
    /** Unit of the value, e.g. `ms`, `%`, `bugs`. */
    unit: z.string().optional().describe('Unit of the value, e.g. ms, %, bugs.'),
    /** The value aimed for. */
    target: z.number().optional().describe('The value aimed for.'),
    /** Which direction is better; default `higher`. */
    better: z
      .enum(['higher', 'lower'])
      .optional()
      .describe('Which direction is better (default higher).'),
  })
  .strict();

/** The metrics block: well-known metrics plus any custom ones. */
export const metricsSchema = z
  .object({
    /** Test counts. */
    tests: testsMetricSchema.optional(),
    /** Code coverage. */
    coverage: coverageMetricSchema.optional(),
    /** Completion of the work, in percent, 0–100. */
    completion: percent.optional().describe('Completion of the work in percent, 0–100.'),
    /** Tasks done out of all tasks. */
    tasks: tasksMetricSchema.optional(),
  })
  .catchall(customMetricSchema);

const docPath = z.string().min(1);
const docPaths = z.union([docPath, z.array(docPath)]);
/** A calendar date `YYYY-MM-DD`, optionally with a time. Checked further by `date-invalid`. */
const dateString = z.string().describe('A date, YYYY-MM-DD.');

/**
 * The frontmatter of a status doc. Every field is optional: statusdocs infers
 * what is missing from header lines, file names, folders and git.
 */
export const frontmatterSchema = z
  .object({
    /** Stable id; defaults to the doc's path. Keep it when the file moves. */
    id: z.string().min(1).optional().describe('Stable id; defaults to the path.'),
    /** Title; defaults to the first H1. */
    title: z.string().min(1).optional().describe('Title; defaults to the first H1.'),
    /** What kind of doc this is. */
    kind: z.enum(DOC_KINDS).optional().describe('What kind of doc this is.'),
    /** Where the work stands. Words such as `complete` or `✅` are normalized. */
    status: z.string().min(1).optional().describe('Where the work stands, e.g. active, done.'),
    /** When the doc was written (the period it reports on). */
    date: dateString.optional(),
    /** When the doc was last updated; not before `date`. */
    updated: dateString.optional().describe('When the doc was last updated.'),
    /** Who owns the doc or the work. */
    owner: z.string().optional().describe('Who owns the doc or the work.'),
    /** Free-form tags. */
    tags: z.array(z.string()).optional().describe('Free-form tags.'),
    /** One-paragraph summary for listings. */
    summary: z.string().optional().describe('One-paragraph summary for listings.'),
    /** The plan this doc reports on (path). */
    plan: docPath.optional().describe('The plan this doc reports on (path).'),
    /** Docs this one replaces (paths). */
    supersedes: docPaths.optional().describe('Docs this one replaces.'),
    /** The doc that replaces this one (path). */
    superseded_by: docPath.optional().describe('The doc that replaces this one.'),
    /** Previous doc of a handoff chain (path). */
    previous: docPath.optional().describe('Previous doc in a handoff chain.'),
    /** Next doc of a handoff chain (path). */
    next: docPath.optional().describe('Next doc in a handoff chain.'),
    /** Related docs (paths). */
    related: docPaths.optional().describe('Related docs.'),
    /** Old paths of this doc, redirected to it. */
    aliases: z.array(docPath).optional().describe('Old paths of this doc.'),
    /** Metrics reported by this doc. */
    metrics: metricsSchema.optional(),
  })
  .strict();

/** Frontmatter as validated. */
export type Frontmatter = z.infer<typeof frontmatterSchema>;
/** Metrics as written in frontmatter. */
export type FrontmatterMetrics = z.infer<typeof metricsSchema>;

/** Allowed status words in the normalized vocabulary, for docs. */
export const STATUS_VOCABULARY = DOC_STATUSES;
