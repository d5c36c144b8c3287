import { placeOf } from '../metrics/value-place.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * `stale`: an active living doc (a status tracker or a plan) not updated for
 * more than `staleDays` (default 30) days: readers cannot tell whether the
 * work stopped or the doc did. Reports, handoffs, archived and dated docs
 * are snapshots and never stale; a doc in a lifecycle folder is not active.
 */
export const stale: DocRule = {
  id: 'stale',
  description: 'An active doc must be updated at least every `staleDays` days.',
  check({ source, doc, config, today }) {
    if (doc.status !== 'active') return;
    // Only living docs go stale: a report, a handoff or an archived doc is a
    // snapshot of its day, and so is any doc with a date in its file name.
    if (doc.kind !== 'status' && doc.kind !== 'plan') return;
    if (doc.sources.date?.from === 'filename' || doc.sources.date?.from === 'folder') return;
    const field = doc.updated ? 'updated' : doc.date ? 'date' : null;
    if (!field) return;
    const last = doc[field] ?? '';
    const days = daysBetween(last, today);
    if (!Number.isFinite(days) || days <= config.staleDays) return;
    const status = doc.statusText ? doc.statusText.trim() : 'active';
    report(
      source.file,
      'stale',
      `Doc is \`${status}\` but was last updated \`${last}\`, ${days} days ago (more than ${config.staleDays}); update it or change its status`,
      placeOf(doc.sources[field] ?? doc.sources.status),
      { expected: [`<= ${config.staleDays} days`], actual: `${days} days` },
    );
  },
};
