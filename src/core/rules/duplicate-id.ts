import { posix } from 'node:path';
import { report } from './report.ts';
import type { CheckedDoc, SetRule } from './rule.ts';

/**
 * `duplicate-id`: two or more docs share an `id`. Ids are what relations,
 * redirects and the site's URLs follow, so each must name one doc. One
 * finding per group, on its first doc (by path) at its `id`, naming the
 * others and the cause: copies of one doc (same file name or title, as a
 * task tracker leaves when a task moves from `backlog/` to `in_review/`)
 * want one copy kept; different docs want their own ids. Paths that differ
 * only in case are reported too: on a case-insensitive file system they are
 * one file.
 */
export const duplicateId: SetRule = {
  id: 'duplicate-id',
  description: 'Two docs have the same id.',
  check(context) {
    const byId = new Map<string, CheckedDoc[]>();
    for (const entry of context.docs) {
      const group = byId.get(entry.doc.id);
      if (group) group.push(entry);
      else byId.set(entry.doc.id, [entry]);
    }
    for (const [id, group] of byId) {
      const [entry, ...rest] = group;
      if (!entry || rest.length === 0) continue;
      const others = rest.map((other) => `\`${other.source.path}\``).join(', ');
      const { line, column } = entry.doc.sources.id ?? {};
      report(
        entry.source.file,
        'duplicate-id',
        copiesOfOneDoc(group)
          ? `Id \`${id}\` is also used by ${others}, ${rest.length === 1 ? 'a copy' : 'copies'} of this doc; keep one and delete the others`
          : `Id \`${id}\` is also used by ${others}; give each doc its own id`,
        line !== undefined && column !== undefined ? { line, column } : undefined,
      );
    }
    reportCaseCollisions(context.docs);
  },
};

/** Whether every doc of a group has the same file name, or the same title. */
function copiesOfOneDoc(group: readonly CheckedDoc[]): boolean {
  const same = (key: (entry: CheckedDoc) => string): boolean => new Set(group.map(key)).size === 1;
  return (
    same((entry) => posix.basename(entry.source.path).toLowerCase()) ||
    same((entry) => (entry.doc.title ?? '').trim().toLowerCase())
  );
}

/**
 * Paths that differ only in case (`Report.md`, `report.md`) are one file on
 * macOS and Windows: a checkout there keeps one of them and loses the other.
 */
function reportCaseCollisions(docs: readonly CheckedDoc[]): void {
  const byPath = new Map<string, CheckedDoc[]>();
  for (const entry of docs) {
    const key = entry.source.path.toLowerCase();
    byPath.set(key, [...(byPath.get(key) ?? []), entry]);
  }
  for (const group of byPath.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group
        .filter((other) => other !== entry)
        .map((other) => `\`${other.source.path}\``)
        .join(', ');
      report(
        entry.source.file,
        'duplicate-id',
        `Path \`${entry.source.path}\` differs from ${others} only in case, so they are one file on macOS and Windows; rename one`,
        { line: 1, column: 1 },
      );
    }
  }
}
