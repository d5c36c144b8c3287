import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { Options as MessageOptions, VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import type { MojibakePlace } from '../encoding/mojibake-place.ts';
import type { TextEdit } from './text-edit.ts';
import { ruleUrl, type RuleId } from './rule-ids.ts';

/** A statusdocs message: a vfile message with an optional machine-applicable fix. */
export type Diagnostic = VFileMessage & {
  /** Exact edits that fix the problem, when the fix is certain. */
  fix?: TextEdit[];
  /** The places a file-wide finding stands for (`mojibake`), for JSON and the site. */
  places?: MojibakePlace[];
  /** The highest severity this finding may get, whatever the rule's (a bare prose path: `info`). */
  ceiling?: 'info';
};

/** Where a finding is: a unist position or point, or offsets into the file's text. */
export type Place =
  | { start: { line: number; column: number }; end?: { line: number; column: number } }
  | { line: number; column: number }
  | { offset: number; endOffset?: number }
  | undefined;

/** Extra detail for a finding. */
export interface ReportDetail {
  /** Values that would be right (did-you-mean, the correct sum). */
  expected?: string[];
  /** The value as written. */
  actual?: string;
  /** A longer explanation. */
  note?: string;
  /** A certain fix. */
  fix?: TextEdit[];
  /** The places a file-wide finding stands for. */
  places?: MojibakePlace[];
  /** The highest severity, see {@link Diagnostic}. */
  ceiling?: 'info';
}

/**
 * Record one finding on a file. Severity is applied later from config
 * (`applySeverities`), so rules only say what is wrong and where.
 * The reason follows the house style: one sentence, the user's value in a
 * code span, then the fix.
 */
export function report(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  place: Place,
  detail: ReportDetail = {},
): Diagnostic {
  const message = messageWithoutStack(file, reason, {
    place: toUnistPlace(file, place),
    ruleId,
    source: 'statusdocs',
  });
  message.url = ruleUrl(ruleId);
  copyReportDetail(detail, message);
  return message;
}

/**
 * Copy each detail set on `from` to `to`: onto a new message, and to and
 * from its cached form, so a restored message carries the same ones.
 */
export function copyReportDetail(from: ReportDetail, to: ReportDetail): void {
  if (from.expected) to.expected = from.expected;
  if (from.actual !== undefined) to.actual = from.actual;
  if (from.note) to.note = from.note;
  if (from.fix) to.fix = from.fix;
  if (from.ceiling) to.ceiling = from.ceiling;
  if (from.places) to.places = from.places;
}

/**
 * `file.message` without capturing a stack: a vfile message is an Error whose
 * `stack` vfile-message then sets to `''`, and capturing it first was most
 * of the cost of a message.
 */
export function messageWithoutStack(
  file: VFile,
  reason: string,
  options: MessageOptions,
): Diagnostic {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return file.message(reason, options);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function toUnistPlace(file: VFile, place: Place): Point | Position {
  if (!place) return { line: 1, column: 1 };
  if ('offset' in place) {
    // Lines are indexed only up to the offsets asked: a few messages of a doc cost little.
    const index = location(file);
    const start = index.toPoint(place.offset) ?? { line: 1, column: 1 };
    const end = place.endOffset === undefined ? undefined : index.toPoint(place.endOffset);
    return end ? { start, end } : start;
  }
  if ('start' in place) return { start: place.start, end: place.end ?? place.start };
  return place;
}
