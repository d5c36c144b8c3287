import { DOC_KINDS, DOC_STATUSES } from '../../core/model/vocabulary.ts';
import type { DocView } from '../model/doc-view.ts';
import { rankAttention, type AttentionItem } from './attention.ts';
import { KIND_LABEL, STATUS_LABEL } from './format.ts';
import { pickTrackers, type Trackers } from './trackers.ts';

/** A count of docs in one group, e.g. the `active` status, with its label. */
export interface GroupCount<K extends string> {
  key: K;
  /** `Active`, `No status`; `Report` or `Reports` by count. */
  label: string;
  count: number;
}

/** What the dashboard shows, computed from the docs. */
export interface Dashboard {
  total: number;
  /** Docs per status, in vocabulary order, zero counts left out; `unknown` for docs without one. */
  byStatus: GroupCount<string>[];
  /** Docs per kind, in vocabulary order, zero counts left out. */
  byKind: GroupCount<string>[];
  /** Live docs with errors or warnings, most severe first (`rankAttention`). */
  attention: AttentionItem[];
  /** Retired docs (archived, superseded, done) with errors or warnings, left out of `attention`. */
  retiredWithFindings: number;
  /** Docs with errors or warnings, retired or not. */
  withFindings: number;
  /** The status tracker whose metrics lead the page, and the others (`pickTrackers`). */
  trackers: Trackers;
  /** The lead tracker: `trackers.lead`. */
  tracker: DocView | undefined;
  /** Docs by last activity (`updated`, else `date`), newest first. */
  recent: DocView[];
  /** Findings per severity across all docs. */
  findings: { error: number; warning: number; info: number };
}

/** Build the dashboard from all docs. */
export function buildDashboard(docs: readonly DocView[], recentCount = 8): Dashboard {
  const statusCounts = new Map<string, number>();
  for (const doc of docs) {
    const key = doc.status ?? 'unknown';
    statusCounts.set(key, (statusCounts.get(key) ?? 0) + 1);
  }
  const byStatus = [
    ...DOC_STATUSES.map((key) => ({ key, label: STATUS_LABEL[key] })),
    { key: 'unknown', label: 'No status' },
  ]
    .map((group) => ({ ...group, count: statusCounts.get(group.key) ?? 0 }))
    .filter((group) => group.count > 0);
  const byKind = DOC_KINDS.map((key) => {
    const count = docs.filter((doc) => doc.kind === key).length;
    return { key, label: count === 1 ? KIND_LABEL[key].one : KIND_LABEL[key].many, count };
  }).filter((group) => group.count > 0);
  const attention = rankAttention(docs);
  const byActivity = [...docs].sort(
    (a, b) =>
      (activityOf(b) ?? '').localeCompare(activityOf(a) ?? '') || a.path.localeCompare(b.path),
  );
  const trackers = pickTrackers(byActivity);
  const findings = { error: 0, warning: 0, info: 0 };
  for (const doc of docs) {
    findings.error += doc.counts.error;
    findings.warning += doc.counts.warning;
    findings.info += doc.counts.info;
  }
  return {
    total: docs.length,
    byStatus,
    byKind,
    attention: attention.items,
    retiredWithFindings: attention.retired,
    withFindings: docs.filter((doc) => doc.counts.error + doc.counts.warning > 0).length,
    trackers,
    tracker: trackers.lead,
    recent: byActivity.filter((doc) => activityOf(doc) !== null).slice(0, recentCount),
    findings,
  };
}

/** The date a doc last changed: `updated`, else `date`. */
export function activityOf(doc: Pick<DocView, 'updated' | 'date'>): string | null {
  return doc.updated ?? doc.date;
}

/** Percent of `value` out of `total`, 0–100, or null when there is no total. */
export function percent(value: number, total: number | undefined): number | null {
  if (total === undefined || total <= 0) return null;
  return Math.max(0, Math.min(100, (value / total) * 100));
}
