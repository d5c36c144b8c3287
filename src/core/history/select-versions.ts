import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/config-schema.ts';
import type { LogCommit } from './parse-git-log.ts';

/** Where a version comes from. */
export type VersionSource = 'tag' | 'ref' | 'period' | 'working-tree';

/** A version at a commit of the log. */
export interface VersionPoint {
  /** `v1`, `2025-01`, `2025-W03`, or a configured name. */
  name: string;
  source: VersionSource;
  /** Index of the commit in the log (oldest first). */
  commit: number;
}

/**
 * Versions from config, in history order: tags matching `versions.tags`,
 * configured refs (already resolved to commit ids by the shell), and the
 * last commit of each week or month (`versions.every`, by the committer's
 * own calendar date; monthly when no tag or ref names a version). Versions
 * on the same commit are all kept; consumers choose. Pure.
 */
export function selectVersions(
  commits: readonly LogCommit[],
  config: ResolvedConfig['versions'],
  refs: ReadonlyMap<string, string>,
): VersionPoint[] {
  const points: VersionPoint[] = [];
  const indexOf = new Map(commits.map((commit, index) => [commit.commit, index]));
  if (config.tags !== false) {
    const matches = picomatch(config.tags);
    commits.forEach((commit, index) => {
      for (const tag of commit.tags) {
        if (matches(tag)) points.push({ name: tag, source: 'tag', commit: index });
      }
    });
  }
  for (const { name } of config.refs) {
    const index = indexOf.get(refs.get(name) ?? '');
    if (index !== undefined) points.push({ name, source: 'ref', commit: index });
  }
  // Without a tag or ref to name versions, months: a changelog by month helps,
  // one release listing every doc as added does not.
  const every = config.every ?? (points.length === 0 ? 'month' : undefined);
  if (every) {
    const last = new Map<string, number>();
    commits.forEach((commit, index) => {
      last.set(periodOf(commit.date, every), index);
    });
    for (const [name, index] of last) points.push({ name, source: 'period', commit: index });
  }
  const rank: Record<VersionSource, number> = { period: 0, tag: 1, ref: 2, 'working-tree': 3 };
  return points.sort(
    (a, b) =>
      a.commit - b.commit ||
      rank[a.source] - rank[b.source] ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** `2025-01` for a month, `2025-W05` for an ISO week, from the date as written (its own offset). */
export function periodOf(isoDate: string, every: 'week' | 'month'): string {
  const day = isoDate.slice(0, 10);
  if (every === 'month') return day.slice(0, 7);
  const date = new Date(`${day}T00:00:00Z`);
  // ISO 8601: the week belongs to the year of its Thursday.
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week =
    1 +
    Math.round(
      ((date.getTime() - firstThursday.getTime()) / 86_400_000 -
        3 +
        ((firstThursday.getUTCDay() + 6) % 7)) /
        7,
    );
  return `${year}-W${String(week).padStart(2, '0')}`;
}
