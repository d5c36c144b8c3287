import type { CheckResult } from '../check/check-result.ts';
import { severityOf } from '../diagnostics/severity.ts';

/** How many docs were checked and how many findings of each severity they have. */
export interface Summary {
  /** Docs checked, clean ones included. */
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Count the docs and findings of a check result. */
export function summarize(result: CheckResult): Summary {
  const summary: Summary = { files: result.files.length, errors: 0, warnings: 0, infos: 0 };
  for (const file of result.files) {
    for (const message of file.messages) {
      const severity = severityOf(message);
      if (severity === 'error') summary.errors++;
      else if (severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
