import { parseDate } from '../model/parse-date.ts';
import { labelKey } from './analyze-table.ts';
import type { ClaimMetric } from './body-claim.ts';
import type { Section } from './collect-sections.ts';

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;

/** Dates as docs write them, found anywhere in a line; `parseDate` decides whether they are real. */
const DATE_IN_TEXT = new RegExp(
  String.raw`\b\d{4}([-/.])\d{1,2}\1\d{1,2}\b|\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}\b`,
  'gi',
);

/**
 * A month and day without a year (`Dec 13`), which still dates a line.
 * `12/13` is not read: it is as often a ratio (`31/62`).
 */
const SHORT_DATE = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}\b(?!\s*,?\s*\d)`, 'i');

/** A date found in a line. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** As written. */
  text: string;
  /** Offset of the match in the searched text. */
  index: number;
}

/** Every full date (with a year) in a text. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every date has a year: four digits in a row. Most lines have none.
  if (!/[0-9]{4}/.test(text)) return found;
  for (const match of text.matchAll(DATE_IN_TEXT)) {
    const date = parseDate(match[0]);
    if (date) found.push({ date, text: match[0], index: match.index });
  }
  return found;
}

/** Whether a text carries a date, with or without a year. */
export function hasDate(text: string): boolean {
  return findDates(text).length > 0 || SHORT_DATE.test(text);
}

/** Section titles whose content is the past: changelogs, history, previous claims. */
const HISTORY_TITLE =
  /\b(?:history|changelog|change log|changes|timeline|previous|before|retrospective|archive[sd]?|log|claimed|claims)\b/i;

/** Whether a section title says its content is history (or dated, like `Dec 13, 2025 - …`). */
export function isHistoryTitle(title: string): boolean {
  return HISTORY_TITLE.test(title) || hasDate(title);
}

/**
 * Whether `section` or a section around it (below the title level) is
 * history or follow-up work (`## Changelog`, `### Next Steps`), so the
 * claims in it are not the doc's current state.
 */
export function inPastSection(section: Section | null): boolean {
  return section?.past === true;
}

/**
 * Section titles whose unchecked items are future work by design: a done
 * report may well list next steps.
 */
const FOLLOW_UP_TITLE =
  /\b(?:next steps?|next actions?|what'?s next|future|follow[- ]?ups?|recommendations?|out of scope|backlog|roadmap|later|ideas|nice[- ]to[- ]have|upcoming|open questions|technical debt|tech debt|next (?:session|sprint|phase|iteration))\b/i;

/** Whether a section title announces future or optional work. */
export function isFollowUpTitle(title: string): boolean {
  return FOLLOW_UP_TITLE.test(title);
}

/** Wording of a change rather than a level: `17% → 87%`, `improved from 40% to 44%`. */
const CHANGE =
  /→|->|⇒|\bfrom\s+\S*\d[^\n]*?\bto\b|\b(?:improved|increased|decreased|dropped|rose|fell|grew|raised|up|down|was|were|previously|before|after)\b/i;

/** Whether a line describes a change or the past rather than the current level. */
export function describesChange(text: string): boolean {
  return CHANGE.test(text);
}

/** Wording of a goal rather than a measurement: `target: 80%`, `achieve ≥80%`. */
const GOAL =
  /\b(?:target(?:ed|s)?|goals?|aim(?:s|ing)?|achieve|reach|should|must|need(?:s|ed)?|expected|required|minimum|threshold|increase|raise|get)\b/i;

/** Whether a text before a value makes it a goal. */
export function describesGoal(text: string): boolean {
  return GOAL.test(text);
}

/** Labels, normalized with `labelKey`, that name a metric of the whole doc. */
const GENERIC: Record<Exclude<ClaimMetric, 'tasks'>, RegExp> = {
  coverage:
    /^(?:(?:overall|current|total|test|code|project)\s+)*coverage(?:\s+overall|\s+status)?$/,
  completion:
    /^(?:(?:overall|current|total|project)\s+)*(?:completion|progress|complete|percent complete|completion status|status)$|^overall$/,
  passRate: /^(?:(?:overall|current|total|test)\s+)*(?:pass rate|passing rate|success rate)$/,
  tests:
    /^(?:(?:overall|current|total|all)\s+)*(?:tests?|test results?|tests? passing|passing tests?|tests? passed|test status|test suite|test run)$/,
};

/** Labels that describe the doc's state as a whole: `Current Status`, `Overall`, `Summary`. */
const STATE_LABEL =
  /^(?:overall|current|summary|status|current status|overall status|result|results)$/;

/**
 * Whether a label names `metric` for the whole doc (`Coverage`, `Overall
 * Progress`), or the doc's state in general (`Current Status`), rather than
 * a part of it (`Backend coverage`, `Phase 1 completion`).
 */
export function isGenericLabel(metric: ClaimMetric, label: string | null): boolean {
  if (metric === 'tasks' || label === null) return false;
  const key = labelKey(label).replace(/\s*%$/, '');
  return GENERIC[metric].test(key) || STATE_LABEL.test(key);
}
