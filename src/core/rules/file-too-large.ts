import { MAX_TEXT_CLAIMS } from '../metrics/extract-body-metrics.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `file-too-large`, for what only shows after parsing: more metric claims
 * than {@link MAX_TEXT_CLAIMS}. The claims before the limit are checked; one
 * message says where reading stopped. (Size and nesting are reported while
 * loading.)
 */
export const fileTooLarge: DocRule = {
  id: 'file-too-large',
  description: 'A doc over a limit: size, nesting depth, or number of metric claims.',
  check({ source, index }) {
    const overflow = index.claimOverflow;
    if (!overflow) return;
    report(
      source.file,
      'file-too-large',
      `More than \`${MAX_TEXT_CLAIMS}\` metric claims; numbers from here on were not checked. Split the doc, or move generated output into a code block`,
      overflow.position,
    );
  },
};
