import type { Doc, ValueSource } from '../model/doc.ts';

/** A doc as printed in JSON output (the public contract). */
export interface SerializedDoc {
  id: string;
  title: string | null;
  kind: string;
  status: string | null;
  date: string | null;
  updated: string | null;
  metrics: Doc['metrics'];
  relations: { type: string; target: string }[];
  statusText?: string | null;
  owner?: string | null;
  tags?: string[];
  summary?: string | null;
  sources?: Record<string, ValueSource>;
  ignored?: { field: string; value: string; source: ValueSource }[];
}

/**
 * The JSON shape of a doc: the fields of the `check --format json` contract,
 * plus, for `show`, the remaining fields and where each value came from.
 */
export function serializeDoc(doc: Doc, options: { sources?: boolean } = {}): SerializedDoc {
  const base: SerializedDoc = {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    status: doc.status,
    date: doc.date,
    updated: doc.updated,
    metrics: doc.metrics,
    relations: doc.relations.map((relation) => ({ type: relation.type, target: relation.target })),
  };
  if (!options.sources) return base;
  return {
    ...base,
    statusText: doc.statusText,
    owner: doc.owner,
    tags: doc.tags,
    summary: doc.summary,
    sources: {
      ...doc.sources,
      ...Object.fromEntries(
        doc.relations.map((relation, index) => [`relations.${index}`, relation.source]),
      ),
    },
    ignored: doc.ignored ?? [],
  };
}
