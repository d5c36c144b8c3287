import type { CheckResult } from '../check/check-result.ts';
import { formatCompact } from './format-compact.ts';
import { formatGithub } from './format-github.ts';
import { formatJson } from './format-json.ts';
import { formatSarif } from './format-sarif.ts';
import { formatText } from './format-text.ts';
import type { ReportOptions, Reporter } from './reporter.ts';

export type { MessageFields } from './describe-message.ts';
export type { JsonDoc, JsonFile, JsonMessage, JsonReport } from './format-json.ts';
export type { ReportOptions, Reporter } from './reporter.ts';
export type { Summary } from './summarize.ts';
export { formatCompact, formatGithub, formatJson, formatSarif, formatText };
export { summarize } from './summarize.ts';
export { FAIL_ON_LEVELS, isFailOn, reachesFailOn, type FailOn } from './fail-on.ts';
export { formatJobSummary } from './format-job-summary.ts';
export {
  applyBaseline,
  buildBaseline,
  formatBaseline,
  parseBaseline,
  type Baseline,
} from './baseline.ts';

/** Every output format, in the order `--help` lists them. */
export const FORMATS = ['text', 'compact', 'json', 'github', 'sarif'] as const;

/** An output format: `text` for people, the others for machines. */
export type Format = (typeof FORMATS)[number];

/** The reporter of each format. */
export const REPORTERS: Readonly<Record<Format, Reporter>> = {
  text: formatText,
  compact: formatCompact,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
};

/** Whether a string (e.g. a `--format` value) names a format. */
export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** Render a check result in one format. */
export function formatResult(
  result: CheckResult,
  format: Format,
  options: ReportOptions = {},
): string {
  return REPORTERS[format](result, options);
}
