import { extractBodyMetrics } from '../metrics/extract-body-metrics.ts';
import { statedCompletion, statedStatus } from '../metrics/stated-state.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Statuses a finished piece of work may have. */
const FINISHED = new Set(['done', 'archived', 'superseded']);

/**
 * `completion-status`: status and completion that contradict each other,
 * checked only when the doc states both (frontmatter, header lines or a
 * current body claim such as `Overall Progress: ~40%`): done below 100%, or
 * 100% while still planned, active, blocked or abandoned.
 */
export const completionStatus: DocRule = {
  id: 'completion-status',
  description: 'A done doc must be 100% complete, and a 100% complete doc must be done.',
  check({ source, doc }) {
    const status = statedStatus(doc);
    if (!status) return;
    const completion = statedCompletion(doc, extractBodyMetrics(source));
    if (!completion) return;
    const place = { line: completion.line, column: completion.column };
    const statusLine = status.source.line ? ` (line ${status.source.line})` : '';
    if (status.status === 'done' && completion.max < 100) {
      report(
        source.file,
        'completion-status',
        `Status is \`${status.text}\`${statusLine} but completion is \`${completion.text}\`; set completion to 100% or change the status`,
        place,
        { expected: ['100%'], actual: completion.text },
      );
    } else if (!FINISHED.has(status.status) && completion.min >= 100 && completion.max <= 100) {
      // Above 100% is `metric-range`'s finding.
      report(
        source.file,
        'completion-status',
        `Completion is \`${completion.text}\` but status is \`${status.text}\`${statusLine}; mark the doc done or correct the completion`,
        place,
        { expected: ['done'], actual: status.text },
      );
    }
  },
};
