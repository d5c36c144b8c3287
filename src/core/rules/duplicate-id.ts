import { report } from './report.ts';
import type { CheckedDoc, SetRule } from './rule.ts';

/**
 * `duplicate-id`: two or more docs share an `id`. Ids are what relations,
 * redirects and the site's URLs follow, so each must name one doc. Every
 * doc of the group is reported, at its `id`. Paths that differ only in case
 * are reported too: on a case-insensitive file system they are one file.
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
      if (group.length < 2) continue;
      for (const entry of group) {
        const others = group
          .filter((other) => other !== entry)
          .map((other) => `\`${other.source.path}\``)
          .join(', ');
        const { line, column } = entry.doc.sources.id ?? {};
        report(
          entry.source.file,
          'duplicate-id',
          `Id \`${id}\` is also used by ${others}; give each doc its own id`,
          line !== undefined && column !== undefined ? { line, column } : undefined,
        );
      }
    }
    reportCaseCollisions(context.docs);
  },
};

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
