import type { RevisionChange, RevisionView } from '../../core/history/index.ts';

/** One revision of a doc, flattened for its page's "History" section. */
export interface RevisionItem {
  /** `YYYY-MM-DD` of the commit; null for uncommitted changes. */
  date: string | null;
  author: string | null;
  /** Short commit id; null for uncommitted changes. */
  commit: string | null;
  change: RevisionChange;
  path: string;
  /** The path before, for a rename. */
  from: string | null;
  /** `🟡 In Progress → ✅ Complete`, or null when the status did not change. */
  status: string | null;
  /** `coverage 40% → 42% (+2)`, one per metric that moved. */
  deltas: string[];
  /** Task list items checked off in this revision. */
  tasksCompleted: string[];
}

/** A revision as the site shows it: plain strings, so it can be stored and compared. Pure. */
export function revisionItem(revision: RevisionView): RevisionItem {
  const change = revision.statusChange;
  return {
    date: revision.commit?.date.slice(0, 10) ?? null,
    author: revision.commit?.author ?? null,
    commit: revision.commit?.short ?? null,
    change: revision.change,
    path: revision.path,
    from: revision.from ?? null,
    status: change
      ? `${change.fromText ?? change.from ?? 'none'} → ${change.toText ?? change.to ?? 'none'}`
      : null,
    deltas: revision.deltas.map((delta) => delta.text),
    tasksCompleted: revision.tasksCompleted,
  };
}
