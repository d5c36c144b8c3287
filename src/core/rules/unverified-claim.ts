import { extractBodyMetrics } from '../metrics/extract-body-metrics.ts';
import { findOpenTasks, uncheckedTasks } from '../metrics/find-open-tasks.ts';
import { findPendingMarkers, subjectOf } from '../metrics/find-pending-markers.ts';
import { statedCompletion, statedStatus } from '../metrics/stated-state.ts';
import { readModelInput } from '../model/read-model-input.ts';
import { report } from './report.ts';
import type { DocRule, RuleContext } from './rule.ts';

/** A claim that the work is finished, with where it is. */
interface CompletenessClaim {
  text: string;
  line: number;
  /** Whether the claim is the doc's done status, whose open task items `done-with-open-tasks` reports. */
  status: boolean;
}

const READY = /\bproduction[- ]ready\b/i;
const NEGATION = /\b(?:not|no|never|isn'?t|aren'?t)\b[^.;]{0,20}$/i;
const COMPLETE_WORD = /\bCOMPLETE(?:D)?\b|✅\s*complete(?:d)?\b/i;

/**
 * The doc's own claims of completeness: a done status, a completion of 100%,
 * or a head line such as `**Result**: ✅ COMPLETE` or `production-ready`.
 * Phrases deep in the body (a module that is production-ready) are not
 * claims about the whole doc.
 */
function findClaim({ source, doc }: RuleContext): CompletenessClaim | null {
  const status = statedStatus(doc);
  if (status?.status === 'done')
    return { text: status.text, line: status.source.line ?? 1, status: true };
  const completion = statedCompletion(doc, extractBodyMetrics(source));
  if (completion && completion.min >= 100) {
    return { text: completion.text, line: completion.line, status: false };
  }
  for (const field of readModelInput(source).headers) {
    if (field.zone === 'foot') continue;
    const hit = READY.exec(field.text) ?? COMPLETE_WORD.exec(field.text);
    if (!hit || NEGATION.test(field.text.slice(0, hit.index))) continue;
    return { text: field.text.trim(), line: field.source.line ?? 1, status: false };
  }
  return null;
}

/**
 * `unverified-claim` (a heuristic, so a warning): a doc that claims to be
 * complete while it still lists pending work: `⏳`, `not yet executed`,
 * `awaiting`, `pending`, `TODO`, unchecked boxes. Reported at each pending
 * marker. Next steps, future work and history are not pending work.
 */
export const unverifiedClaim: DocRule = {
  id: 'unverified-claim',
  description: 'A doc claiming completeness must not list pending work.',
  check(context) {
    const claim = findClaim(context);
    if (!claim) return;
    const { source } = context;
    // With a done status, `done-with-open-tasks` reports unchecked items; once is enough.
    const taken = new Set(
      claim.status ? findOpenTasks(source, context.doc).map((t) => t.item.position.start.line) : [],
    );
    const markers = findPendingMarkers(source).filter((m) => !taken.has(m.position.start.line));
    const lines = new Set(markers.map((m) => m.position.start.line));
    // Unchecked boxes count too, unless the claim is the done status (see above).
    const boxes = claim.status
      ? []
      : uncheckedTasks(source)
          .filter((item) => !lines.has(item.position.start.line))
          .map((item) => ({ subject: subjectOf(item.text), position: item.position }));
    for (const { subject, position } of [...markers, ...boxes]) {
      if (position.start.line === claim.line) continue;
      report(
        source.file,
        'unverified-claim',
        `Doc claims \`${claim.text}\` (line ${claim.line}) but \`${subject}\` is still pending; finish it or soften the claim`,
        position,
        { actual: subject },
      );
    }
  },
};
