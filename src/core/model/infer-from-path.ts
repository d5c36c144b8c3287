import type { Sourced } from './doc.ts';
import { kindFromWords } from './infer-kind.ts';
import { formatDate, isValidDate } from './parse-date.ts';
import type { DocKind, DocStatus } from './vocabulary.ts';

/** What a doc's path says about it. Each value records `filename` or `folder`. */
export interface PathInference {
  /** `YYYY-MM-DD` from the file name (`X_COMPLETED_20251209.md`). */
  date: Sourced<string> | null;
  kind: Sourced<DocKind> | null;
  status: Sourced<DocStatus> | null;
}

/** Folder names that say where the work stands. */
const FOLDER_STATUS: Readonly<Record<string, DocStatus>> = {
  archive: 'archived',
  archived: 'archived',
  archives: 'archived',
  completed: 'done',
  complete: 'done',
  done: 'done',
  closed: 'done',
  resolved: 'done',
  superseded: 'superseded',
  deprecated: 'superseded',
  obsolete: 'superseded',
  active: 'active',
  'in-progress': 'active',
  in_progress: 'active',
  wip: 'active',
  open: 'active',
  backlog: 'planned',
  planned: 'planned',
  proposed: 'planned',
  todo: 'planned',
  abandoned: 'abandoned',
  cancelled: 'abandoned',
  canceled: 'abandoned',
  rejected: 'abandoned',
};

/** File-name words that say where the work stands (`X_COMPLETED_20251209.md`). */
const NAME_STATUS: Readonly<Record<string, DocStatus>> = {
  completed: 'done',
  complete: 'done',
  resolved: 'done',
  finished: 'done',
  superseded: 'superseded',
  deprecated: 'superseded',
  archived: 'archived',
  abandoned: 'abandoned',
  wip: 'active',
};

const ARCHIVE = /^archived?s?$/;

/**
 * Read date, kind and status from a doc's path, case-insensitively. An
 * `archive/` folder anywhere wins (kind `archive`, status `archived`): the
 * whole subtree is history, whatever its inner folders say. Otherwise the
 * folder nearest the file wins over those above it, and folders win over the
 * file name, because moving a file is a deliberate act and renaming rarely is.
 */
export function inferFromPath(path: string): PathInference {
  const segments = path.split('/');
  const name = (segments.pop() ?? '').replace(/\.(?:md|markdown|mdx)$/i, '');
  const folders = segments.map((folder) => folder.toLowerCase()).reverse();
  if (folders.some((segment) => ARCHIVE.test(segment))) {
    return {
      date: dateFromName(name),
      kind: { value: 'archive', source: { from: 'folder' } },
      status: { value: 'archived', source: { from: 'folder' } },
    };
  }
  // Own keys only: a folder named `constructor` must not find Object's.
  const folderStatus =
    folders
      .map((segment) =>
        Object.hasOwn(FOLDER_STATUS, segment) ? FOLDER_STATUS[segment] : undefined,
      )
      .find(Boolean) ?? null;
  const folderKind = folders.map((segment) => kindFromWords(segment)).find(Boolean) ?? null;
  const nameWords = name.toLowerCase().split(/[^a-z]+/);
  const nameStatus =
    nameWords
      .map((word) => (Object.hasOwn(NAME_STATUS, word) ? NAME_STATUS[word] : undefined))
      .find(Boolean) ?? null;
  const nameKind = kindFromWords(name);
  return {
    date: dateFromName(name),
    kind: sourced(folderKind, 'folder') ?? sourced(nameKind, 'filename'),
    status: sourced(folderStatus, 'folder') ?? sourced(nameStatus, 'filename'),
  };
}

function sourced<T>(value: T | null | undefined, from: 'folder' | 'filename'): Sourced<T> | null {
  return value ? { value, source: { from } } : null;
}

/**
 * A date in a file name: `2025-12-13`, `2025_12_13`, `20251209`, or a leading
 * `25-12-12` (two-digit years are read only at the start, as `YY-MM-DD`, where
 * the convention is clear). Days that do not exist are ignored.
 */
export function dateFromName(name: string): Sourced<string> | null {
  const patterns: [RegExp, (match: RegExpExecArray) => string][] = [
    [/(?<!\d)(\d{4})([-_.])(\d{2})\2(\d{2})(?!\d)/, (m) => ymd(m[1], m[3], m[4])],
    [/(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/, (m) => ymd(m[1], m[2], m[3])],
    [/^(\d{2})([-_.])(\d{2})\2(\d{2})(?!\d)/, (m) => ymd(`20${m[1] ?? ''}`, m[3], m[4])],
  ];
  for (const [pattern, toDate] of patterns) {
    const match = pattern.exec(name);
    if (!match) continue;
    const date = toDate(match);
    if (isValidDate(date)) return { value: date, source: { from: 'filename' } };
  }
  return null;
}

function ymd(year?: string, month?: string, day?: string): string {
  return formatDate(Number(year), Number(month), Number(day));
}
