import type { Section } from '../metrics/collect-sections.ts';
import { findOpenTasks, uncheckedTasks } from '../metrics/find-open-tasks.ts';
import { findPendingMarkers, subjectOf } from '../metrics/find-pending-markers.ts';
import { saysWorkDone } from '../metrics/read-done-mark.ts';
import { statedStatus } from '../metrics/stated-state.ts';
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
/** Readiness that is not (yet) claimed: `not production-ready`, `will be production-ready`. */
const NOT_CLAIMED =
  /\b(?:not|no|never|isn'?t|aren'?t|will|would|should|until|once|when|to be|goal|target|aim|before)\b[^.;]{0,30}$/i;
/** Header labels that state the doc's verdict: `**Status**:`, `**Result**:`. */
const VERDICT_LABEL = /^(?:status|result|state|verdict|outcome|assessment|readiness|overall)$/;

/**
 * The doc's own claims of completeness: a done status about the work itself
 * (not `Planning Complete` or `Phase 1 Complete`), or `production-ready` as
 * the value of a status line or a table's verdict cell. Goals, targets,
 * dependencies and phrases in prose are not claims.
 */
function findClaim({ index, doc }: RuleContext): CompletenessClaim | null {
  const status = statedStatus(doc);
  if (status?.status === 'done' && saysWorkDone(status.text)) {
    return { text: status.text, line: status.source.line ?? 1, status: true };
  }
  for (const field of index.model.headers) {
    if (field.zone === 'foot' || !VERDICT_LABEL.test(field.key)) continue;
    const hit = READY.exec(field.text);
    if (!hit || NOT_CLAIMED.test(field.text.slice(0, hit.index))) continue;
    return { text: field.text.trim(), line: field.source.line ?? 1, status: false };
  }
  for (const table of index.tables) {
    for (const row of table.rows) {
      const cell = row.cells.find((c) => /^\W*production[- ]ready\W*$/i.test(c.text));
      if (cell?.position)
        return { text: cell.text.trim(), line: cell.position.start.line, status: false };
    }
  }
  return null;
}

/**
 * Lines of the top-level section the claim is in, when a doc joins several
 * (`# A` … `# B`). A first section of only prose (an archive wrapper: a title,
 * a status line and a pointer) speaks for the doc that follows it.
 */
function claimScope(context: RuleContext, line: number): [number, number] {
  const tops = context.index.sections.filter((s) => s.depth === 1);
  if (tops.length < 2) return [1, Infinity];
  let index = tops.findLastIndex((s) => s.position.start.line <= line);
  const from = index < 0 ? 1 : (tops[index]?.position.start.line ?? 1);
  while (
    index >= 0 &&
    index + 1 < tops.length &&
    onlyProse(context, tops[index], tops[index + 1])
  ) {
    index += 1;
  }
  const next = tops[index + 1];
  return [from, next ? next.position.start.line - 1 : Infinity];
}

function onlyProse(context: RuleContext, top?: Section, next?: Section): boolean {
  if (!top || !next) return false;
  return context.source.tree.children.every((node) => {
    const offset = node.position?.start.offset ?? -1;
    if (offset <= top.start || offset >= next.start) return true;
    return node.type === 'paragraph' || node.type === 'thematicBreak' || node.type === 'html';
  });
}

/** `` `A` is ``, `` `A`, `B` and `C` are ``, `` `A`, `B`, `C` and 4 more are ``: one claim, one finding. */
function listPending(subjects: string[]): string {
  const named = subjects.slice(0, 3).map((subject) => `\`${subject}\``);
  const rest = subjects.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more are`;
  if (named.length === 1) return `${named[0] ?? ''} is`;
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1] ?? ''} are`;
}

/**
 * `unverified-claim` (a heuristic, so a warning): a doc that claims to be
 * complete while it lists its own work as pending: list items that start
 * with `⏳`, say `not yet executed` or have `pending` / `awaiting` as their
 * status, status cells of tables, unchecked boxes. One finding per claim, at
 * the first pending item, counting the others. Next
 * steps, future work, history, risks and legends are not pending work.
 */
export const unverifiedClaim: DocRule = {
  id: 'unverified-claim',
  description: 'A doc claiming completeness must not list pending work.',
  check(context) {
    const claim = findClaim(context);
    if (!claim) return;
    const { source, index } = context;
    const [from, to] = claimScope(context, claim.line);
    // With a done status, `done-with-open-tasks` reports unchecked items; once is enough.
    const taken = new Set(
      claim.status
        ? findOpenTasks(source, index, context.doc).map((t) => t.item.position.start.line)
        : [],
    );
    const markers = findPendingMarkers(source, index).filter(
      (m) => !taken.has(m.position.start.line),
    );
    const lines = new Set(markers.map((m) => m.position.start.line));
    // Unchecked boxes count too, unless the claim is the done status (see above).
    const boxes = claim.status
      ? []
      : uncheckedTasks(index.tasks, index.sections)
          .filter((item) => !lines.has(item.position.start.line))
          .map((item) => ({ subject: subjectOf(item.text), position: item.position }));
    const pending = [...markers, ...boxes].filter(({ position }) => {
      const line = position.start.line;
      return line !== claim.line && line >= from && line <= to;
    });
    const first = pending[0];
    if (!first) return;
    report(
      source.file,
      'unverified-claim',
      `Doc claims \`${claim.text}\` (line ${claim.line}) but ${listPending(pending.map((p) => p.subject))} still pending; finish it or soften the claim`,
      first.position,
      { actual: first.subject },
    );
  },
};
