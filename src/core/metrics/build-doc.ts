import type { SourceDoc } from '../load/source-doc.ts';
import type { Doc, DocField, Metrics, ValueSource } from '../model/doc.ts';
import { inferMetadata, type BuildDocOptions } from '../model/infer-metadata.ts';
import type { BodyClaim } from './body-claim.ts';
import { indexDoc, type DocIndex } from './doc-index.ts';
import { summarizeBodyMetrics } from './extract-body-metrics.ts';

export type { BuildDocOptions };

/**
 * Turn a loaded doc into the {@link Doc} `check` reports: its metadata
 * (`inferMetadata`: frontmatter, header lines, path, first heading), then
 * the metrics those did not give, read from the body. Pure, and never
 * reports.
 */
export function buildDoc(
  source: SourceDoc,
  options: BuildDocOptions = {},
  index: DocIndex = indexDoc(source),
): Doc {
  const doc = inferMetadata(index.model, options);
  withBodyMetrics(doc.metrics, index.claims, doc.sources);
  return doc;
}

/**
 * Fill the metrics frontmatter and header lines did not give from the body's
 * current claims (`31/62 passing`, `Coverage: 40%`, task lists), each with
 * its position, so legacy docs have metrics too.
 */
function withBodyMetrics(
  metrics: Metrics,
  claims: readonly BodyClaim[],
  sources: Partial<Record<DocField, ValueSource>>,
): Metrics {
  const body = summarizeBodyMetrics(claims);
  for (const field of ['tests', 'coverage', 'completion', 'tasks'] as const) {
    if (metrics[field] !== undefined || body.metrics[field] === undefined) continue;
    Object.assign(metrics, { [field]: body.metrics[field] });
    const where = body.sources[`metrics.${field}`];
    if (where) sources[`metrics.${field}`] = where;
  }
  return metrics;
}
