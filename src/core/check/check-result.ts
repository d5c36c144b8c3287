import type { Doc } from '../model/doc.ts';
import type { Diagnostic } from '../rules/report.ts';

/** The outcome of checking one doc. */
export interface FileResult {
  /** Path relative to the content root, `/` separators. */
  path: string;
  /** What statusdocs understood of the doc. */
  doc: Doc;
  /**
   * Findings, sorted by line then column, with severities applied
   * (`fatal`: true error, false warning, undefined info). Rules turned off
   * are absent.
   */
  messages: Diagnostic[];
}

/** The outcome of checking a set of docs. */
export interface CheckResult {
  /** Absolute path of the content root. */
  root: string;
  /** One entry per doc, sorted by path. */
  files: FileResult[];
}
