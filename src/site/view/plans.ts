import type { DocView, MetricsView } from '../model/doc-view.ts';
import { compareNewest, compareText } from './compare.ts';
import { activityOf, percent } from './dashboard.ts';

/** A plan with the docs filed under it and what they add up to. */
export interface PlanRollup {
  plan: DocView;
  /** Docs whose `plan` relation points at the plan, newest first. */
  reports: DocView[];
  /** Tests and coverage from the newest doc under the plan that has them. */
  latest: { doc: DocView; metrics: Pick<MetricsView, 'tests' | 'coverage'> } | undefined;
  /**
   * How far the plan is, in percent: the plan's own completion, else its
   * task list, else the newest report's completion; null when none says.
   */
  completion: { value: number; from: 'plan' | 'tasks' | 'report' } | null;
  /** The newest date of the plan or any doc under it. */
  lastActivity: string | null;
}

/** Every plan with its roll-up, plus the reports that name no plan. */
export interface PlansView {
  plans: PlanRollup[];
  /** Reports without a `plan` relation to a doc of the set, newest first. */
  unplanned: DocView[];
}

const STATUS_ORDER = [
  'active',
  'blocked',
  'planned',
  'done',
  'superseded',
  'archived',
  'abandoned',
];

/** Roll up each plan: active plans first, then by last activity, newest first. */
export function buildPlans(docs: readonly DocView[]): PlansView {
  const plans = docs.filter((doc) => doc.kind === 'plan');
  const planPaths = new Set(plans.map((plan) => plan.path));
  const rollups = plans.map((plan) => rollUp(plan, docs));
  rollups.sort(
    (a, b) =>
      rank(a.plan) - rank(b.plan) ||
      compareNewest(a.lastActivity, b.lastActivity) ||
      compareText(a.plan.path, b.plan.path),
  );
  const unplanned = newestFirst(
    docs.filter(
      (doc) =>
        doc.kind === 'report' &&
        !doc.relations.some(
          (relation) =>
            relation.type === 'plan' && relation.path !== null && planPaths.has(relation.path),
        ),
    ),
  );
  return { plans: rollups, unplanned };
}

function rollUp(plan: DocView, docs: readonly DocView[]): PlanRollup {
  const reports = newestFirst(
    docs.filter((doc) =>
      doc.relations.some((relation) => relation.type === 'plan' && relation.path === plan.path),
    ),
  );
  const measured = reports.find((doc) => doc.metrics.tests ?? doc.metrics.coverage);
  const latest = measured && {
    doc: measured,
    metrics: { tests: measured.metrics.tests, coverage: measured.metrics.coverage },
  };
  const tasks = plan.metrics.tasks
    ? percent(plan.metrics.tasks.done, plan.metrics.tasks.total)
    : null;
  const reported = reports.find((doc) => doc.metrics.completion !== undefined)?.metrics.completion;
  const completion =
    plan.metrics.completion !== undefined
      ? { value: plan.metrics.completion, from: 'plan' as const }
      : tasks !== null
        ? { value: tasks, from: 'tasks' as const }
        : reported !== undefined
          ? { value: reported, from: 'report' as const }
          : null;
  const dates = [plan, ...reports].map(activityOf).filter((date) => date !== null);
  const lastActivity = dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
  return { plan, reports, latest, completion, lastActivity };
}

/** Docs by last activity, newest first; undated last; ties by path. */
export function newestFirst(docs: readonly DocView[]): DocView[] {
  return [...docs].sort(
    (a, b) => compareNewest(activityOf(a), activityOf(b)) || compareText(a.path, b.path),
  );
}

function rank(doc: DocView): number {
  const index = STATUS_ORDER.indexOf(doc.status ?? '');
  return index === -1 ? STATUS_ORDER.length : index;
}
