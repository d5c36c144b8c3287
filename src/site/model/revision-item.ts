import { z } from 'zod';
import type { RevisionView } from '../../core/history/index.ts';

/** One revision of a doc, flattened for its page's "History" section. */
export const revisionItemSchema = z.object({
  /** `YYYY-MM-DD` of the commit; null for uncommitted changes. */
  date: z.string().nullable(),
  /** The commit's author, or null. */
  author: z.string().nullable(),
  /** Short commit id; null for uncommitted changes. */
  commit: z.string().nullable(),
  /** What the revision did to the doc. */
  change: z.enum(['added', 'modified', 'renamed', 'deleted', 'boundary', 'uncommitted']),
  /** The doc's path in this revision. */
  path: z.string(),
  /** The path before, for a rename. */
  from: z.string().nullable(),
  /** `🟡 In Progress → ✅ Complete`, or null when the status did not change. */
  status: z.string().nullable(),
  /** `coverage 40% → 42% (+2)`, one per metric that moved. */
  deltas: z.array(z.string()),
  /** Task list items checked off in this revision. */
  tasksCompleted: z.array(z.string()),
});

/** One revision of a doc, ready to show. */
export type RevisionItem = z.infer<typeof revisionItemSchema>;

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
