import type { CheckResult, FileResult } from '../check/check-result.ts';
import type { Doc, Metrics } from '../model/doc.ts';
import type { DocKind, DocStatus, RelationType } from '../model/vocabulary.ts';
import { describeMessage, type MessageFields } from './describe-message.ts';
import { displayPath } from './display-path.ts';
import type { ReportOptions } from './reporter.ts';
import { summarize, type Summary } from './summarize.ts';

/** Version of the JSON contract; raised only for a breaking change. */
export const JSON_REPORT_VERSION = 1;

/**
 * The `json` format: a stable, public contract. Keys are never added at the
 * top level; a breaking change raises `version`.
 */
export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  summary: Summary;
  /** Every checked doc, clean ones included, sorted by path. */
  files: JsonFile[];
}

/** One doc in the `json` format. */
export interface JsonFile {
  /** Path relative to the content root, prefixed with `displayRoot` when given. */
  path: string;
  doc: JsonDoc;
  /** Findings sorted by position; empty for a clean doc. */
  messages: JsonMessage[];
}

/** What statusdocs understood of a doc, without internal source positions. */
export interface JsonDoc {
  id: string;
  title: string | null;
  kind: DocKind;
  status: DocStatus | null;
  /** `YYYY-MM-DD` or `null`. */
  date: string | null;
  /** `YYYY-MM-DD` or `null`. */
  updated: string | null;
  metrics: Metrics;
  relations: { type: RelationType; target: string }[];
}

/**
 * One finding in the `json` format. Positions are 1-based; `endLine` and
 * `endColumn` are `null` when the finding has no end (a point, not a range),
 * and every position is `null` when the finding has no place.
 */
export type JsonMessage = MessageFields;

/** Machine-readable report following {@link JsonReport}: 2-space indent, trailing newline. */
export function formatJson(result: CheckResult, options: ReportOptions = {}): string {
  const report: JsonReport = {
    version: JSON_REPORT_VERSION,
    summary: summarize(result),
    files: result.files.map((file) => toJsonFile(file, options.displayRoot)),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function toJsonFile(file: FileResult, displayRoot: string | undefined): JsonFile {
  return {
    path: displayPath(file.path, displayRoot),
    doc: toJsonDoc(file.doc),
    messages: file.messages.map(describeMessage),
  };
}

function toJsonDoc(doc: Doc): JsonDoc {
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    status: doc.status,
    date: isoDateOrNull(doc.date),
    updated: isoDateOrNull(doc.updated),
    metrics: doc.metrics,
    relations: doc.relations.map(({ type, target }) => ({ type, target })),
  };
}

// The Doc type promises `YYYY-MM-DD`; the contract is checked here too
// because consumers parse these strings.
function isoDateOrNull(date: string | null): string | null {
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
