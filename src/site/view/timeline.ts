import type { DocView } from '../model/doc-view.ts';
import { compareNewest, compareText } from './compare.ts';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The docs of one month, or the undated docs. */
export interface TimelineMonth {
  /** `2026-11`, or `undated`; unique, usable as an element id. */
  key: string;
  /** `November 2026`, or `Undated`. */
  label: string;
  /** Newest first; ties by path. */
  docs: DocView[];
}

/**
 * The docs by their own date (`date`, else `updated`), grouped by month,
 * newest month first; docs without any date come last, in one group.
 */
export function buildTimeline(docs: readonly DocView[]): TimelineMonth[] {
  const months = new Map<string, DocView[]>();
  for (const doc of docs) {
    const date = dateOf(doc);
    const key = date === null ? 'undated' : date.slice(0, 7);
    const list = months.get(key) ?? [];
    list.push(doc);
    months.set(key, list);
  }
  return [...months]
    .sort(([a], [b]) => (a === 'undated' ? 1 : b === 'undated' ? -1 : compareText(b, a)))
    .map(([key, list]) => ({
      key,
      label: monthLabel(key),
      docs: list.sort((a, b) => compareNewest(dateOf(a), dateOf(b)) || compareText(a.path, b.path)),
    }));
}

/** The date a doc is placed at on the timeline: its own date, else its last update. */
export function dateOf(doc: Pick<DocView, 'date' | 'updated'>): string | null {
  return doc.date ?? doc.updated;
}

function monthLabel(key: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : 'Undated';
}
