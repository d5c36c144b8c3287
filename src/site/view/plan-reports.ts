import { posix } from 'node:path';
import type { DocView } from '../model/doc-view.ts';

/** A doc filed under a plan, and what ties it to the plan, in words. */
export interface PlanReport {
  doc: DocView;
  /** `names it as its plan`, `links to the plan`, `same phase 7.3`, `same name`. */
  via: string;
}

/** Lifecycle markers and kind words at the end of a file name, which say nothing about its topic. */
const SUFFIX =
  /(?:[-_. ](?:completed?|done|finished|archived|superseded|planned|draft|final|live[-_ ]?tests?|plan|design|spec|specification|report|summary|review|results?|findings|verification|notes|status|handoff))+$/;

/** Words in a file name that make a doc a report on a plan, whatever its kind. */
const REPORT_WORD = /live[-_ ]?tests?|report|summary|results?|verification|review|findings/;

/** An ID of work in a file name: `phase-7.3`, `PR_45`, `sprint 12`, `TASK-123`. */
const WORK_ID =
  /(?:^|[^a-z0-9])(phase|pr|sprint|milestone|epic|task|issue|ticket|story|stage|wave|ws|fase|etapa)[-_ ]?(\d+(?:[._-]\d+)*)(?![0-9])/g;

/**
 * The docs under each plan, by the patterns real repositories use, strongest
 * first, each doc once per plan: its `plan` relation (frontmatter, a
 * `**Related Plan**` line, prose); a report or handoff whose body links to
 * this plan and to no other; the same name once lifecycle markers and kind words are dropped
 * (`x-plan.md` beside `x-plan_livetest_completed.md`, `specs/x-design.md`
 * and `plans/x-plan.md` in sibling folders); the same work ID in both file
 * names (`PHASE_7_3_PLAN.md` and `PHASE_7_3_COMPLETE.md`) when one plan
 * holds it. Besides the `plan` relation, only docs that are no plan, or
 * whose name says they report (`live test`, `summary`, `verification`), are
 * filed. Pure.
 */
export function matchPlanReports(docs: readonly DocView[]): Map<string, PlanReport[]> {
  const plans = docs.filter((doc) => doc.kind === 'plan');
  // A plan-kind doc named as a report (`x-plan_livetest.md`) reports on the plan of its name.
  const others = docs.filter((doc) => doc.kind !== 'plan' || REPORT_WORD.test(nameOf(doc)));
  const result = new Map<string, PlanReport[]>(plans.map((plan) => [plan.path, []]));
  const add = (plan: string, doc: DocView, via: string): void => {
    const list = result.get(plan);
    if (list && plan !== doc.path && !list.some((report) => report.doc === doc)) {
      list.push({ doc, via });
    }
  };
  for (const doc of docs) {
    for (const relation of doc.relations) {
      if (relation.type === 'plan' && relation.path !== null)
        add(relation.path, doc, 'names it as its plan');
    }
  }
  const linkedPlans = new Map<string, string[]>();
  for (const plan of plans) {
    for (const link of plan.linkedFrom)
      linkedPlans.set(link.path, [...(linkedPlans.get(link.path) ?? []), plan.path]);
  }
  const byKey = groupBy(plans, nameKey);
  const byId = new Map<string, string[]>();
  for (const plan of plans)
    for (const id of workIds(plan.path)) byId.set(id, [...(byId.get(id) ?? []), plan.path]);
  for (const doc of others) {
    const linked = linkedPlans.get(doc.path) ?? [];
    // A status tracker links to plans as an index of the project, not as their report.
    const reports = doc.kind === 'report' || doc.kind === 'handoff';
    if (reports && linked.length === 1 && linked[0] !== undefined) {
      add(linked[0], doc, 'links to the plan');
    }
    for (const plan of byKey.get(nameKey(doc)) ?? []) {
      if (sameName(plan, doc)) add(plan.path, doc, 'same name');
    }
    for (const id of workIds(doc.path)) {
      const holders = byId.get(id) ?? [];
      if (holders.length === 1 && holders[0] !== undefined) add(holders[0], doc, `same ${id}`);
    }
  }
  return result;
}

/** A file name without its lifecycle markers and kind words: `2026-07-10-jump-rail`. */
function nameKey(doc: Pick<DocView, 'path'>): string {
  return nameOf(doc).replace(SUFFIX, '');
}

/** A doc's file name in lower case, without `.md`. */
function nameOf(doc: Pick<DocView, 'path'>): string {
  return posix
    .basename(doc.path)
    .replace(/\.(?:md|markdown)$/i, '')
    .toLowerCase();
}

/**
 * Whether a plan and a doc with the same name key belong together: in the
 * same folder any key does (`01-02-PLAN.md`, `01-02-SUMMARY.md`); across
 * sibling folders only a telling one (a dated or long name).
 */
function sameName(plan: DocView, doc: DocView): boolean {
  const key = nameKey(plan);
  if (key === '') return false;
  const [planDir, docDir] = [posix.dirname(plan.path), posix.dirname(doc.path)];
  if (planDir === docDir) return true;
  return posix.dirname(planDir) === posix.dirname(docDir) && key.length >= 12 && /[a-z]/.test(key);
}

/** The work IDs in a file name, normalized: `phase 7.3`, `pr 45`. */
function workIds(path: string): string[] {
  const name = posix.basename(path).toLowerCase();
  return [...name.matchAll(WORK_ID)].map(
    (match) => `${match[1] ?? ''} ${(match[2] ?? '').replace(/[_-]/g, '.')}`,
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
