import { isDeepStrictEqual } from 'node:util';
import type { FileIndex } from '../links/file-index.ts';
import { resolveReference } from '../links/resolve-reference.ts';
import type { Doc } from '../model/doc.ts';

/**
 * The metadata that `import` must not change: every inferred field, with
 * relation targets resolved (`plans/x.md` from the content root and
 * `../plans/x.md` from the doc are the same target). The status as
 * written is left out on purpose: frontmatter says `done` where the header
 * line said `✅ Complete`, and both read as `done`.
 */
export function metadataOf(doc: Doc, index: FileIndex): Record<string, unknown> {
  return {
    title: doc.title,
    kind: doc.kind,
    status: doc.status,
    date: doc.date,
    updated: doc.updated,
    owner: doc.owner,
    tags: doc.tags,
    summary: doc.summary,
    metrics: doc.metrics,
    relations: doc.relations
      .map((relation) => {
        const target = resolveReference(relation.target, doc.path, index, 'file-then-root');
        const where = target.status === 'found' ? target.path : relation.target;
        return `${relation.type} ${where}`;
      })
      .sort(),
  };
}

/** The fields of {@link metadataOf} that differ between two readings of a doc. */
export function metadataChanges(before: Doc, after: Doc, index: FileIndex): string[] {
  const [a, b] = [metadataOf(before, index), metadataOf(after, index)];
  return Object.keys(a).filter((key) => !isDeepStrictEqual(a[key], b[key]));
}
