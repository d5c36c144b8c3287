import { findOpenTasks, type OpenTask } from '../metrics/find-open-tasks.ts';
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
 * `**Status**: COMPLETED` line). Next steps, future work and items marked out
 * of scope are not open tasks. The open items of one done mark are one
 * finding, at the first of them, naming how many there are.
 */
export const doneWithOpenTasks: DocRule = {
  id: 'done-with-open-tasks',
  description: 'A doc or section marked done cannot have unchecked task items.',
  check({ source, index, doc }) {
    const groups = new Map<string, OpenTask[]>();
    for (const open of findOpenTasks(source, index, doc)) {
      const key = open.section ? `section:${open.section.section.index}` : 'doc';
      groups.set(key, [...(groups.get(key) ?? []), open]);
    }
    for (const [first, ...rest] of groups.values()) {
      if (!first) continue;
      const { item, section, doc: status } = first;
      const task = `Task \`${shorten(item.text)}\`${rest.length ? ` and ${rest.length} more` : ''}`;
      const verb = rest.length ? 'are' : 'is';
      const them = rest.length ? 'them' : 'it';
      const reason = section
        ? `${task} ${verb} unchecked under \`${shorten(section.section.title, 60)}\`, which is marked \`${section.text}\` (line ${section.line}); check ${them} off or reopen the section`
        : `${task} ${verb} unchecked but the doc's status is \`${status?.text ?? 'done'}\`${status?.source.line ? ` (line ${status.source.line})` : ''}; check ${them} off, move ${them} to next steps, or change the status`;
      report(source.file, 'done-with-open-tasks', reason, item.position, { actual: item.text });
    }
  },
};
