import { breakdownSum } from './breakdown-sum.ts';
import { completionStatus } from './completion-status.ts';
import { dateInFuture } from './date-in-future.ts';
import { doneWithOpenTasks } from './done-with-open-tasks.ts';
import { metricConflict } from './metric-conflict.ts';
import { metricRange } from './metric-range.ts';
import { restatedMetric } from './restated-metric.ts';
import { metricSumText } from './metric-sum-text.ts';
import type { DocRule } from './rule.ts';
import { stale } from './stale.ts';
import { unverifiedClaim } from './unverified-claim.ts';

/**
 * The metric, claim and date rules over body text and frontmatter, in the
 * order they run. `metricSumText` shares the id `metric-sum` with the table
 * rule in `metric-sum.ts`.
 */
export const CLAIM_RULES: DocRule[] = [
  dateInFuture,
  stale,
  metricRange,
  metricSumText,
  breakdownSum,
  completionStatus,
  doneWithOpenTasks,
  metricConflict,
  restatedMetric,
  unverifiedClaim,
];
