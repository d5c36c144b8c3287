import type { TaskState } from './doc-snapshot.ts';

/**
 * Tasks done between two states of a doc: items checked after that were
 * unchecked or absent before, matched by text (whitespace and case
 * insensitive), in the order they appear. Pure.
 */
export function completedTasks(
  before: readonly TaskState[],
  after: readonly TaskState[],
): string[] {
  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const doneBefore = new Set(
    before.filter((task) => task.checked).map((task) => normalize(task.text)),
  );
  const seen = new Set<string>();
  const completed: string[] = [];
  for (const task of after) {
    const text = normalize(task.text);
    if (!task.checked || text === '' || doneBefore.has(text) || seen.has(text)) continue;
    seen.add(text);
    completed.push(task.text);
  }
  return completed;
}
