import { posix } from 'node:path';
import { editDistance } from './suggest.ts';
import { isGenericName } from './generic-names.ts';

// Words that name where a doc is in its life; files get renamed with them.
const LIFECYCLE =
  /(?:-(?:completed?|done|finished|final|archived?|old|deprecated|superseded|planned|draft|wip|active|in-progress|closed|resolved|fixed|implemented))+$/;

/**
 * Did-you-mean for a missing path (relative to the content root): files
 * whose name is the same but for a typo, letter case, separators or a
 * lifecycle word (`x-plan.md` → `x-plan_completed.md`), ranked by how much
 * of their folder they share with the missing path. Never a file with other
 * numbers (`PR-032` is not `PR-033`), never a generic or short name, and
 * nothing when no candidate clears the bar: no suggestion beats a wrong one.
 * Pure; `candidates` are paths with the same extension.
 */
export function suggestPath(
  missing: string,
  candidates: Iterable<string> | Candidates,
  limit = 3,
): string[] {
  if (isGenericName(missing)) return [];
  const wanted = normalize(missing);
  const digits = numbersOf(wanted);
  const scored: { path: string; score: number; shared: number }[] = [];
  const prepared = 'byNumbers' in candidates ? candidates : prepareCandidates(candidates);
  for (const { path, stem } of prepared.byNumbers.get(digits) ?? []) {
    if (path === missing) continue;
    const score = similarity(wanted, stem);
    if (score >= 0.85) scored.push({ path, score, shared: sharedFolders(missing, path) });
  }
  return scored
    .sort((a, b) => b.score - a.score || b.shared - a.shared || (a.path < b.path ? -1 : 1))
    .slice(0, limit)
    .map((entry) => entry.path);
}

/**
 * Candidates of {@link suggestPath} read once: the non-generic paths with
 * their normalized stems, grouped by the numbers in them (only a stem with
 * the same numbers can be meant). Reading them is most of the work of a
 * suggestion, so a check that asks for many missing paths among the same
 * files prepares them once ({@link prepareCandidates}).
 */
export interface Candidates {
  /** Paths with their stems, in the given order, by the numbers in the stem. */
  readonly byNumbers: ReadonlyMap<string, readonly { path: string; stem: string }[]>;
}

/** Read `paths` once for any number of {@link suggestPath} calls. */
export function prepareCandidates(paths: Iterable<string>): Candidates {
  const byNumbers = new Map<string, { path: string; stem: string }[]>();
  for (const path of paths) {
    if (isGenericName(path)) continue;
    const stem = normalize(path);
    const digits = numbersOf(stem);
    const group = byNumbers.get(digits);
    if (group) group.push({ path, stem });
    else byNumbers.set(digits, [{ path, stem }]);
  }
  return { byNumbers };
}

/** How alike two normalized stems are, 0 to 1. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.replace(LIFECYCLE, '') === b.replace(LIFECYCLE, '')) return 0.95;
  if (differInShortWord(a, b)) return 0;
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 6) return 0;
  // A typo is a few keystrokes, however long the name: more is another doc.
  const budget = Math.min(3, Math.floor(longer * 0.15));
  const distance = editDistance(a, b, budget);
  return distance > budget ? 0 : 1 - distance / longer;
}

/**
 * Whether two stems differ in one short word only (`brd-x` and `prd-x`,
 * `v1-notes` and `v2-notes`): such a word names the kind or version of a
 * doc, so the other file is another doc, not a typo.
 */
function differInShortWord(a: string, b: string): boolean {
  const left = a.split('-');
  const right = b.split('-');
  if (left.length !== right.length) return false;
  const differing = left.flatMap((word, at) =>
    word === right[at] ? [] : [[word, right[at] ?? '']],
  );
  return (
    differing.length === 1 &&
    differing.some(([x = '', y = '']) => Math.min(x.length, y.length) <= 3)
  );
}

/** A file's stem, lower-cased, with `_`, spaces and dots read as `-`. */
function normalize(path: string): string {
  const name = posix.basename(path).toLowerCase();
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).replace(/[\s_.-]+/g, '-');
}

/** The numbers in a stem, in order (`pr-032-x` → `032`). */
function numbersOf(stem: string): string {
  return (stem.match(/\d+/g) ?? []).join(',');
}

/** How many folders two paths share, counted from the file upwards, then from the top. */
function sharedFolders(a: string, b: string): number {
  const left = posix.dirname(a).split('/');
  const right = posix.dirname(b).split('/');
  if (left.join('/') === right.join('/')) return 100;
  let shared = 0;
  while (shared < left.length && shared < right.length && left[shared] === right[shared]) shared++;
  return shared;
}
