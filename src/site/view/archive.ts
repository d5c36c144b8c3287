import type { DocView } from '../model/doc-view.ts';
import { compareNewest, compareText } from './compare.ts';
import { activityOf } from './dashboard.ts';

/** A doc that was archived or replaced, with what replaced it. */
export interface ArchivedDoc {
  doc: DocView;
  /**
   * Docs that replace this one: its own `superseded_by` targets and the docs
   * that say they supersede it, each once, in that order. A target that is
   * not a doc of the set has no url.
   */
  successors: { title: string; url: string | null }[];
}

/**
 * The archive: docs whose status is `superseded` or `archived`, or of kind
 * `archive`, newest first, each with its successors.
 */
export function buildArchive(docs: readonly DocView[]): ArchivedDoc[] {
  return docs
    .filter(
      (doc) => doc.status === 'superseded' || doc.status === 'archived' || doc.kind === 'archive',
    )
    .sort((a, b) => compareNewest(activityOf(a), activityOf(b)) || compareText(a.path, b.path))
    .map((doc) => ({ doc, successors: successorsOf(doc, docs) }));
}

/** What replaces `doc`: its `superseded_by` relations, then docs that declare `supersedes` it. */
export function successorsOf(
  doc: DocView,
  docs: readonly DocView[],
): { title: string; url: string | null }[] {
  const seen = new Set<string>();
  const successors: { title: string; url: string | null }[] = [];
  for (const relation of doc.relations) {
    if (relation.type !== 'superseded_by') continue;
    const key = relation.path ?? relation.target;
    if (seen.has(key)) continue;
    seen.add(key);
    successors.push({ title: relation.title ?? relation.target, url: relation.url });
  }
  for (const other of docs) {
    const supersedes = other.relations.some(
      (relation) => relation.type === 'supersedes' && relation.path === doc.path,
    );
    if (!supersedes || seen.has(other.path)) continue;
    seen.add(other.path);
    successors.push({ title: other.label, url: other.url });
  }
  return successors;
}
