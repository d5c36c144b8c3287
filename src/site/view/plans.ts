import type { DocView, MetricsView } from '../model/doc-view.ts';
import { compareNewest, compareText } from './compare.ts';
import { activityOf, percent } from './dashboard.ts';
import { matchPlanReports, type PlanReport } from './plan-reports.ts';

/** A plan with the docs filed under it and what they add up to. */
export interface PlanRollup {
  plan: DocView;
  /** Docs filed under the plan (`matchPlanReports`), newest first. */
  reports: DocView[];
  /** What ties each of `reports` to the plan, by path. */
  via: Record<string, string>;
  /** Tests and coverage from the newest doc under the plan that has them. */
  latest:
    | {
        doc: DocView;
        metrics: Pick<MetricsView, 'tests' | 'coverage'>;
        /** Tests passed out of the total (the sum of the counts when no total is written). */
        tests: { passed: number; total: number } | null;
      }
    | undefined;
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
  /** Reports filed under no plan, newest first. */
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
  const matched = matchPlanReports(docs);
  const filed = new Set([...matched.values()].flatMap((list) => list.map((report) => report.doc)));
  const rollups = plans.map((plan) => rollUp(plan, matched.get(plan.path) ?? []));
  rollups.sort(
    (a, b) =>
      rank(a.plan) - rank(b.plan) ||
      compareNewest(a.lastActivity, b.lastActivity) ||
      compareText(a.plan.path, b.plan.path),
  );
  const unplanned = newestFirst(docs.filter((doc) => doc.kind === 'report' && !filed.has(doc)));
  return { plans: rollups, unplanned };
}

function rollUp(plan: DocView, matched: readonly PlanReport[]): PlanRollup {
  const reports = newestFirst(matched.map((report) => report.doc));
  const via = Object.fromEntries(matched.map((report) => [report.doc.path, report.via]));
  const measured = reports.find((doc) => doc.metrics.tests ?? doc.metrics.coverage);
  const tests = measured?.metrics.tests;
  const latest = measured && {
    doc: measured,
    metrics: { tests, coverage: measured.metrics.coverage },
    tests:
      tests?.passed === undefined
        ? null
        : {
            passed: tests.passed,
            total:
              tests.total ??
              tests.passed + (tests.failed ?? 0) + (tests.errors ?? 0) + (tests.skipped ?? 0),
          },
  };
  const taskShare = plan.metrics.tasks
    ? percent(plan.metrics.tasks.done, plan.metrics.tasks.total)
    : null;
  const reported = reports.find((doc) => doc.metrics.completion !== undefined)?.metrics.completion;
  const completion =
    plan.metrics.completion !== undefined
      ? { value: plan.metrics.completion, from: 'plan' as const }
      : taskShare !== null
        ? { value: taskShare, from: 'tasks' as const }
        : reported !== undefined
          ? { value: reported, from: 'report' as const }
          : null;
  const dates = [plan, ...reports].map(activityOf).filter((date) => date !== null);
  const lastActivity = dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
  return { plan, reports, via, latest, completion, lastActivity };
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
