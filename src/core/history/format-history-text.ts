import { escapeControl } from '../encoding/escape-control.ts';
import type { DocHistoryView, RevisionView } from './load-doc-history.ts';

/** What changed in a revision, in one line: `renamed from a.md; status active → done; coverage 40% → 42% (+2)`. */
export function describeRevision(revision: RevisionView): string {
  const parts: string[] = [];
  if (revision.change === 'added') parts.push('created');
  if (revision.change === 'boundary') parts.push('first seen (the shallow history starts here)');
  if (revision.change === 'deleted') parts.push('deleted');
  if (revision.from !== undefined) parts.push(`renamed from ${revision.from}`);
  if (revision.statusChange) {
    parts.push(
      `status ${revision.statusChange.from ?? 'none'} → ${revision.statusChange.to ?? 'none'}`,
    );
  }
  parts.push(...revision.deltas.map((delta) => delta.text));
  const tasks = revision.tasksCompleted.length;
  if (tasks > 0) parts.push(`${tasks} ${tasks === 1 ? 'task' : 'tasks'} completed`);
  return parts.length > 0 ? parts.join('; ') : 'edited';
}

/**
 * One doc's history as text: a title line, then one row per revision, newest
 * first (date, commit, author, path, what changed). Pure.
 */
export function formatHistoryText(view: DocHistoryView): string {
  const latest = view.revisions.at(-1);
  const title = latest?.title ?? [...view.revisions].reverse().find((r) => r.title)?.title;
  const count = view.revisions.length;
  const lines = [
    `${title ?? view.key} (${view.key})`,
    `${count} ${count === 1 ? 'revision' : 'revisions'}${view.created ? `, created ${view.created}` : ''}`,
    '',
  ];
  const rows = [...view.revisions]
    .reverse()
    .map((revision) => [
      revision.commit?.date.slice(0, 10) ?? 'uncommitted',
      revision.commit?.short ?? '',
      revision.commit?.author ?? '',
      revision.path,
      describeRevision(revision),
    ]);
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  for (const row of rows) {
    lines.push(
      row
        .map((cell, column) => (column < 4 ? cell.padEnd(widths[column] ?? 0) : cell))
        .join('  ')
        .trimEnd(),
    );
  }
  // Titles, authors and paths come from docs and git: nothing in them may act on a terminal.
  return `${escapeControl(lines.join('\n'))}\n`;
}
