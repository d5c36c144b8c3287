import { saysWorkDone } from '../metrics/read-done-mark.ts';
import { statedCompletion, statedStatus } from '../metrics/stated-state.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Statuses a finished piece of work may have. */
const FINISHED = new Set(['done', 'archived', 'superseded']);
/** Labels of a completion: `Completion`, `Overall Progress`; not `Overall` alone (often coverage). */
const COMPLETION_LABEL = /complet|progress|fortschritt|progresso|conclus|进度|完成/i;
/**
 * Wording that ties a percent to another subject or time than the status:
 * a phase, week, session or the whole project, a test or coverage figure, a
 * change (`75% → 80%`), a condition (`if Phase 5 counts`).
 */
const OTHER_SUBJECT =
  /\b(?:phases?|stages?|weeks?|days?|sessions?|sprints?|tasks?|waves?|milestones?|project|toward|of \d+|if|coverage|pass(?:ing|ed)?|tests?|validations?|quality|readiness|ready)\b|→|->/i;

/**
 * `completion-status`: status and completion that contradict each other:
 * a done status below 100%, or 100% while still planned, active, blocked or
 * abandoned. Both must be the doc's own: the status from frontmatter or a
 * header line, the completion from frontmatter, a header line or a current
 * `Overall Progress:` line. A status line that carries its own percent
 * (`Status: 85% Complete`) says the work is partly done, which is no
 * contradiction; a status scoped to a phase, day or session, and a percent of
 * another subject (a phase, the project, tests, a change) are not compared.
 */
export const completionStatus: DocRule = {
  id: 'completion-status',
  description: 'A done doc must be 100% complete, and a 100% complete doc must be done.',
  check({ source, index, doc }) {
    const status = statedStatus(doc);
    if (!status || /\d\s*%/.test(status.text)) return;
    const completion = statedCompletion(doc, index.claims);
    if (!completion || completion.line === status.source.line) return;
    if (completion.from !== 'frontmatter') {
      const line = source.text.split('\n')[completion.line - 1] ?? '';
      const label = line.slice(0, line.indexOf(completion.text.replace(/^~/, '')));
      if (!COMPLETION_LABEL.test(label) || OTHER_SUBJECT.test(line)) return;
    }
    const place = { line: completion.line, column: completion.column };
    const statusLine = status.source.line ? ` (line ${status.source.line})` : '';
    if (status.status === 'done' && saysWorkDone(status.text) && completion.max < 100) {
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
