import { findOpenTasks } from '../metrics/find-open-tasks.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** A task's text for a message: one line, at most 80 characters. */
function shorten(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/**
 * `done-with-open-tasks`: an unchecked `[ ]` item in a doc whose status is
 * done, or under a heading marked done (`✅`, `COMPLETED`, or its own
 * `**Status**: COMPLETED` line). Reported at the item. Next steps, future
 * work and items marked out of scope are not open tasks.
 */
export const doneWithOpenTasks: DocRule = {
  id: 'done-with-open-tasks',
  description: 'A doc or section marked done cannot have unchecked task items.',
  check({ source, doc }) {
    for (const { item, section, doc: status } of findOpenTasks(source, doc)) {
      const task = `\`${shorten(item.text)}\``;
      const reason = section
        ? `Task ${task} is unchecked under \`${shorten(section.section.title, 60)}\`, which is marked \`${section.text}\` (line ${section.line}); check it off or reopen the section`
        : `Task ${task} is unchecked but the doc's status is \`${status?.text ?? 'done'}\`${status?.source.line ? ` (line ${status.source.line})` : ''}; check it off, move it to next steps, or change the status`;
      report(source.file, 'done-with-open-tasks', reason, item.position, { actual: item.text });
    }
  },
};
