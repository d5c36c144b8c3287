import type { Artifact } from './artifact.ts';

/** Days before a doc's date that a run may be from and still be the run the doc reports. */
const DAYS_BEFORE = 2;
/** Days after: a report is often committed the day after the run it describes. */
const DAYS_AFTER = 1;
const DAY = 24 * 60 * 60 * 1000;

/**
 * The versions of tracked artifacts from an earlier doc's own time: runs
 * dated from {@link DAYS_BEFORE} days before the doc's date to
 * {@link DAYS_AFTER} after it. Test runs only when the project has one
 * JUnit report (several are summed, and git cannot tell which versions ran
 * together). Empty when the doc has no date or git has no such run. Pure.
 */
export function artifactsOfTheirTime(
  history: readonly Artifact[],
  docDate: string | null,
  kind: 'tests' | 'coverage',
): Artifact[] {
  const day = docDate === null ? NaN : Date.parse(`${docDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day)) return [];
  const versions = history.filter((artifact) => artifact[kind] !== undefined);
  if (kind === 'tests' && new Set(versions.map((artifact) => artifact.path)).size > 1) return [];
  return versions.filter((artifact) => {
    const run = Date.parse(`${artifact.date}T00:00:00Z`);
    return run >= day - DAYS_BEFORE * DAY && run <= day + DAYS_AFTER * DAY;
  });
}
