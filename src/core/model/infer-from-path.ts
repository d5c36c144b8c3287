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
  paused: 'blocked',
  blocked: 'blocked',
  on_hold: 'blocked',
  'on-hold': 'blocked',
  in_review: 'active',
  design_approved: 'planned',
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
  // `ROADMAP_ARCHIVE.md`: where finished items of a living doc are kept.
  archive: 'archived',
  abandoned: 'abandoned',
  cancelled: 'abandoned',
  wip: 'active',
  planned: 'planned',
  concluido: 'done',
  concluida: 'done',
  concluído: 'done',
  concluída: 'done',
  abgeschlossen: 'done',
};

/**
 * `archive/`, `archived/`, `_archive/`, `archive-2025/`, `history/`, `legacy/`,
 * and a milestone's archived phases (`v2.1-phases/`).
 */
const ARCHIVE = /^[_.]?archive[ds]?(?:[-_ .].*)?$|^(?:history|legacy)$|^v\d+(?:\.\d+)*-phases$/;
/** `x_completed/`, `plans-done/`. */
const DONE_SUFFIX = /[-_](?:completed?|done|finished)$/;

/** Statuses a path gives that end the work: they beat a status line the doc no longer keeps up. */
export const LIFECYCLE_STATUSES: readonly DocStatus[] = [
  'done',
  'archived',
  'superseded',
  'abandoned',
];

/**
 * Read date, kind and status from a doc's path, case-insensitively. An
 * archive folder anywhere wins (kind `archive`, status `archived`): the
 * whole subtree is history, whatever its inner folders say. Otherwise the
 * folder nearest the file wins over those above it, and folders win over the
 * file name, because moving a file is a deliberate act and renaming rarely is.
 * A status word in the name counts only at its end (`X_COMPLETED.md`,
 * `x_plan_completed.md`, `X_COMPLETE_20251209.md`): `COMPLETE_GUIDE.md` is
 * not done. `above` is where the content root sits in the repository
 * (`docs/archive`): it can only say the whole set is archived or finished,
 * so folder names such as `status-pages/` above the root do not give kinds.
 */
export function inferFromPath(path: string, above = ''): PathInference {
  const segments = path.split('/');
  const name = (segments.pop() ?? '').replace(/\.(?:md|markdown|mdx)$/i, '');
  const folders = segments.map((folder) => folder.toLowerCase()).reverse();
  const outer = above
    .split('/')
    .filter(Boolean)
    .map((folder) => folder.toLowerCase())
    .reverse();
  const date = dateFromName(name) ?? dateFromFolders(segments);
  if ([...folders, ...outer].some((segment) => ARCHIVE.test(segment))) {
    return {
      date,
      kind: { value: 'archive', source: { from: 'folder' } },
      status: { value: 'archived', source: { from: 'folder' } },
    };
  }
  const outerStatus = outer
    .map(folderStatus)
    .find((status) => status && LIFECYCLE_STATUSES.includes(status));
  const folderKind = folders.map((segment) => kindFromWords(segment)).find(Boolean) ?? null;
  const nameWords = name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const last = nameWords.at(-1) ?? '';
  const nameStatus = Object.hasOwn(NAME_STATUS, last) ? NAME_STATUS[last] : undefined;
  return {
    date,
    kind: sourced(folderKind, 'folder') ?? sourced(kindFromWords(name), 'filename'),
    status:
      sourced(folders.map(folderStatus).find(Boolean) ?? outerStatus, 'folder') ??
      sourced(nameStatus, 'filename'),
  };
}

/** What one folder name says about the status of what is in it. */
function folderStatus(segment: string): DocStatus | undefined {
  // Own keys only: a folder named `constructor` must not find Object's.
  if (Object.hasOwn(FOLDER_STATUS, segment)) return FOLDER_STATUS[segment];
  return DONE_SUFFIX.test(segment) ? 'done' : undefined;
}

/**
 * A date in the nearest dated folder: `audit-2026-01-22/`, `260107-fix-login/`
 * (YYMMDD first), `refactor-20251126-075144/`, or a month, `2026-02/`.
 */
function dateFromFolders(folders: readonly string[]): Sourced<string> | null {
  for (const folder of [...folders].reverse()) {
    const month = /^(\d{4})-(\d{2})$/.exec(folder);
    if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
      return { value: `${month[1]}-${month[2]}`, source: { from: 'folder' } };
    }
    const date = dateFromName(folder);
    if (date) return { value: date.value, source: { from: 'folder' } };
  }
  return null;
}

function sourced<T>(value: T | null | undefined, from: 'folder' | 'filename'): Sourced<T> | null {
  return value ? { value, source: { from } } : null;
}

/**
 * A date in a file name: `2025-12-13`, `2025_12_13`, `20251209`, or a leading
 * `25-12-12` (two-digit years are read only at the start, as `YY-MM-DD`, where
 * the convention is clear, also as a `YYMMDD-` prefix). Days that do not exist are ignored.
 */
export function dateFromName(name: string): Sourced<string> | null {
  const patterns: [RegExp, (match: RegExpExecArray) => string][] = [
    [/(?<!\d)(\d{4})([-_.])(\d{2})\2(\d{2})(?!\d)/, (m) => ymd(m[1], m[3], m[4])],
    [/(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/, (m) => ymd(m[1], m[2], m[3])],
    [/^(\d{2})([-_.])(\d{2})\2(\d{2})(?!\d)/, (m) => ymd(`20${m[1] ?? ''}`, m[3], m[4])],
    // `260107-fix-login`: a leading YYMMDD, as quick-task tools name folders.
    [/^(\d{2})(\d{2})(\d{2})(?=[-_])/, (m) => ymd(`20${m[1] ?? ''}`, m[2], m[3])],
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
