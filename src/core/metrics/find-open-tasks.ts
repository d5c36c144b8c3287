import type { SourceDoc } from '../load/source-doc.ts';
import type { Doc } from '../model/doc.ts';
import { isFollowUpTitle } from './claim-context.ts';
import { sectionChain, type Section } from './collect-sections.ts';
import type { TaskItem } from './collect-task-items.ts';
import type { DocIndex } from './doc-index.ts';
import { conditionLists, headingDoneMark, saysWorkDone } from './read-done-mark.ts';
import { statedStatus, type StatedStatus } from './stated-state.ts';

/** What says a section is finished: a mark in its heading or its own `**Status**:` line. */
export interface DoneMark {
  section: Section;
  /** As written: `COMPLETED ✅`, `✅`. */
  text: string;
  line: number;
}

/** An unchecked task item that a done mark or the doc's done status contradicts. */
export interface OpenTask {
  item: TaskItem;
  /** The done section the item is under, or null when only the doc's status is done. */
  section: DoneMark | null;
  /** The doc's status, when it is done. */
  doc: StatedStatus | null;
}

const NOT_DONE =
  /⏳|⌛|🔄|🚧|❌|⚠|🟡|\b(?:partial(?:ly)?|in[ _-]progress|not (?:yet )?(?:started|done|complete[d]?)|incomplete|remaining|pending|todo|wip|blocked)\b/i;
/** Item wording that says the box is meant to stay open. */
const NOT_A_TASK =
  /\b(?:not in scope|out of scope|optional|deferred|won'?t do|nice[- ]to[- ]have|future (?:work|phase|iteration)|n\/a)\b/i;
const STATUS_LINE = /^[ \t]*(?:\*\*|__)?status(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(.+)$/i;

/**
 * Unchecked task items that contradict a done mark: under a heading marked
 * done (`### Phase 1 ✅`, `(COMPLETED - Dec 9)`, or a `**Status**: COMPLETED`
 * line right under the heading), or anywhere in a doc whose stated status is
 * done. Items under Next Steps, Future, Recommendations and the like, and
 * items marked out of scope or optional, are meant to stay open.
 */
export function findOpenTasks(
  source: SourceDoc,
  { sections, tasks }: Pick<DocIndex, 'sections' | 'tasks'>,
  doc: Doc,
): OpenTask[] {
  const ticked = new Set<number>();
  for (const item of tasks) {
    if (item.checked) for (const s of sectionChain(sections, item.section)) ticked.add(s.index);
  }
  const marks = sections.map((section) =>
    sectionMark(source, sections, section, ticked.has(section.index)),
  );
  const status = statedStatus(doc);
  const docDone = status?.status === 'done' && saysWorkDone(status.text) ? status : null;
  const open: OpenTask[] = [];
  const conditions = conditionLists(source.tree);
  for (const item of uncheckedTasks(tasks, sections)) {
    const offset = item.position.start.offset ?? 0;
    if (conditions.some(([start, end]) => offset >= start && offset < end)) continue;
    const chain = sectionChain(sections, item.section);
    // The innermost section that says anything about itself decides.
    const mark = chain.map((section) => marks[section.index]).find((m) => m !== undefined) ?? null;
    if (mark?.done) open.push({ item, section: mark.mark, doc: docDone });
    else if (mark === null && docDone) open.push({ item, section: null, doc: docDone });
    else if (mark && !mark.done && docDone && chain.every((s) => s.depth > 1)) {
      // A section saying `PARTIAL` in a doc that says done: the doc's claim is what is contradicted.
      open.push({ item, section: null, doc: docDone });
    }
  }
  return open;
}

/**
 * Unchecked task items that are work still to do: not under Next Steps,
 * Future, Recommendations and the like, not marked out of scope or optional.
 */
export function uncheckedTasks(
  tasks: readonly TaskItem[],
  sections: readonly Section[],
): TaskItem[] {
  return tasks.filter(
    (item) =>
      !item.checked &&
      item.text !== '' &&
      !NOT_A_TASK.test(item.text) &&
      !sectionChain(sections, item.section).some(
        (section) => section.depth > 1 && isFollowUpTitle(section.title),
      ),
  );
}

function sectionMark(
  source: SourceDoc,
  sections: readonly Section[],
  section: Section,
  hasChecked: boolean,
): { done: boolean; mark: DoneMark } | undefined {
  const status = statusLine(source, sections, section);
  if (status) {
    const done = saysWorkDone(status.text);
    return { done, mark: { section, text: status.text, line: status.line } };
  }
  if (section.depth === 1) return undefined;
  const title = section.title;
  if (NOT_DONE.test(title)) return { done: false, mark: { section, text: title, line: 0 } };
  const text = headingDoneMark(title, hasChecked);
  if (!text) return undefined;
  return { done: true, mark: { section, text, line: section.position.start.line } };
}

/** The section's own `**Status**: …` line: in the text between its heading and its first subsection. */
function statusLine(
  source: SourceDoc,
  sections: readonly Section[],
  section: Section,
): { text: string; line: number } | null {
  const next = sections[section.index + 1];
  const end = Math.min(section.end, next?.start ?? section.end);
  for (const node of source.tree.children) {
    const start = node.position?.start.offset ?? -1;
    if (start <= section.start || start >= end) continue;
    if (node.type !== 'paragraph') continue;
    const first = source.text.slice(start, node.position?.end.offset).split('\n')[0] ?? '';
    const match = STATUS_LINE.exec(first);
    if (!match?.[1]) continue;
    const text = match[1]
      .replace(/[`*_]/g, '')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim();
    // `COMPLETED ✅` (or its mojibake) reads as `COMPLETED` in a message.
    const words = text
      .replace(/[^\x20-\x7E]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { text: /[A-Za-z]/.test(words) ? words : text, line: node.position?.start.line ?? 0 };
  }
  return null;
}
