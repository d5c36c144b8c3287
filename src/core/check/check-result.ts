import type { DocAnalysis } from '../analysis/doc-analysis.ts';
import type { LoadedDoc } from '../load/source-doc.ts';
import type { Doc } from '../model/doc.ts';
import type { Diagnostic } from '../diagnostics/report.ts';

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

/** A {@link FileResult} with the doc it came from and its analysis, for renderers and `fix`. */
export interface CheckedFile extends FileResult {
  source: LoadedDoc;
  analysis: DocAnalysis;
}

/** The outcome of checking a set of docs. */
export interface CheckResult<File extends FileResult = FileResult> {
  /** Absolute path of the content root. */
  root: string;
  /** One entry per doc, sorted by path. */
  files: File[];
}
