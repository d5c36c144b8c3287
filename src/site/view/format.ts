import type { DocKind, DocStatus } from '../../core/model/vocabulary.ts';
import type { DocView } from '../model/doc-view.ts';

/** A relation's type, as the doc's schema spells it. */
type RelationType = DocView['relations'][number]['type'];

/** Display name of each status. */
export const STATUS_LABEL: Readonly<Record<DocStatus, string>> = {
  planned: 'Planned',
  active: 'Active',
  blocked: 'Blocked',
  done: 'Done',
  abandoned: 'Abandoned',
  superseded: 'Superseded',
  archived: 'Archived',
};

/** Display name of each kind, singular and plural. */
export const KIND_LABEL: Readonly<Record<DocKind, { one: string; many: string }>> = {
  status: { one: 'Status tracker', many: 'Status trackers' },
  report: { one: 'Report', many: 'Reports' },
  plan: { one: 'Plan', many: 'Plans' },
  handoff: { one: 'Handoff', many: 'Handoffs' },
  decision: { one: 'Decision', many: 'Decisions' },
  archive: { one: 'Archive', many: 'Archives' },
};

/** Display name of each relation type, seen from the doc that holds it. */
export const RELATION_LABEL: Readonly<Record<RelationType, string>> = {
  plan: 'Plan',
  supersedes: 'Supersedes',
  superseded_by: 'Superseded by',
  previous: 'Previous',
  next: 'Next',
  related: 'Related',
  aliases: 'Also known as',
};

/** Display name of each relation type, seen from the doc it points at. */
export const BACKLINK_LABEL: Readonly<Record<RelationType, string>> = {
  plan: 'Under this plan',
  supersedes: 'Superseded by',
  superseded_by: 'Supersedes',
  previous: 'Next',
  next: 'Previous',
  related: 'Related',
  aliases: 'Aliases',
};

/** Where a value came from, in words. */
export const SOURCE_LABEL: Readonly<Record<string, string>> = {
  frontmatter: 'frontmatter',
  header: 'header line',
  filename: 'file name',
  folder: 'folder',
  heading: 'first heading',
  body: 'body text',
  git: 'git history',
  default: 'default',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-19` as `19 Nov 2026`; anything else as written. Locale-free, so builds are reproducible. */
export function formatDate(date: string | null): string {
  if (date === null) return '—';
  // A month alone (`2025-12`): the doc gave no day.
  const monthOnly = /^(\d{4})-(\d{2})$/.exec(date);
  if (monthOnly) return `${MONTHS[Number(monthOnly[2]) - 1] ?? monthOnly[2]} ${monthOnly[1]}`;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** A number with thousands separators and at most `digits` decimals. */
export function formatNumber(value: number, digits = 1): string {
  const fixed = Number.isInteger(value)
    ? String(value)
    : value.toFixed(digits).replace(/\.?0+$/, '');
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A piece of a diagnostic message: plain text, or a code span written in backticks. */
export interface MessagePart {
  code: boolean;
  text: string;
}

/** Split a message on backticks so code spans can be shown as code. */
export function messageParts(message: string): MessagePart[] {
  return message
    .split('`')
    .map((text, index) => ({ code: index % 2 === 1, text }))
    .filter((part) => part.text !== '');
}

/** `1 doc`, `2 docs`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
