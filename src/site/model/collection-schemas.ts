import { z } from 'zod';
import type { MetricSeries } from '../../core/history/index.ts';
import { docViewSchema } from './doc-view.ts';
import { historyIndexSchema } from './history-index.ts';
import { revisionItemSchema } from './revision-item.ts';

/**
 * The schema of each statusdocs content collection: the one spelling of
 * what its entries hold. Pages read the entries typed from these (Astro
 * infers the types of `getCollection` and `getEntry` from them).
 */

/** `statusdocsHistory`: its one entry, the history index. */
export { historyIndexSchema };

/** `statusdocsDocs`: one doc's view model per entry. */
export { docViewSchema };

/** A metric's values over a doc's history: the core's `MetricSeries`, stored as built. */
const metricSeriesSchema = z.custom<MetricSeries>();

/** `statusdocsDocHistory`: a latest doc's history, by the slug of its page. */
export const docHistorySchema = z.object({
  /** The doc's stable key across versions. */
  key: z.string(),
  /** `YYYY-MM-DD` of the commit that added the doc, or null. */
  created: z.string().nullable(),
  /** Newest first. */
  revisions: z.array(revisionItemSchema),
  /** Each metric's values over time, oldest first within a series. */
  series: z.array(metricSeriesSchema),
});

/** `statusdocsVersionDocs`: a doc of one version, by `<version>/<doc slug>`. */
export const versionDocSchema = z.object({
  /** The version's slug. */
  version: z.string(),
  /** The doc's stable key across versions. */
  key: z.string(),
  /** The doc's view model in that version. */
  doc: docViewSchema,
  /** The key of its body in `statusdocsVersionBodies`. */
  body: z.string(),
});

/** A heading of a rendered body, for the outline. */
export const headingSchema = z.object({
  /** 1 for `<h1>` to 6 for `<h6>`. */
  depth: z.number().int(),
  /** The heading's `id`: its GitHub slug. */
  slug: z.string(),
  /** The heading's text. */
  text: z.string(),
});

/** `statusdocsVersionBodies`: a body of some version, its relative links still marks (see `fillTemplate`). */
export const versionBodySchema = z.object({
  /** The rendered HTML. */
  html: z.string(),
  /** Its headings, in order. */
  headings: z.array(headingSchema),
  /** The id of the heading that is the doc's title, or null. */
  titleId: z.string().nullable(),
});

/** A latest doc's history, ready to show. */
export type DocHistoryData = z.infer<typeof docHistorySchema>;
/** A doc of a version, as stored. */
export type VersionDoc = z.infer<typeof versionDocSchema>;
/** A body of some version, as stored. */
export type VersionBody = z.infer<typeof versionBodySchema>;
