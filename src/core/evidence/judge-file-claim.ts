import type { FileClaim } from './collect-file-claims.ts';
import type { FileVersion } from './file-history.ts';

/** The dates a doc speaks for: from when it was first written to its last update. */
export interface DocWindow {
  /** `YYYY-MM-DD`: the doc's own date or first commit, whichever is earlier. */
  start: string;
  /** `YYYY-MM-DD`: the doc's `updated` or date, else its last commit, else today. */
  end: string;
  /** Whether the doc states a date of its own (creation claims need one). */
  dated: boolean;
}

/** How much a written size may differ from the file: `~180` within 30% (10 lines), `180` within 10% (3 lines). */
function sizeAgrees(written: number, approx: boolean, actual: number): boolean {
  const slack = approx ? Math.max(10, written * 0.3) : Math.max(3, written * 0.1);
  return Math.abs(actual - written) <= slack;
}

/** Days from one `YYYY-MM-DD` to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Versions of a file the doc may describe: the one in effect when it was started, and every later one up to its last update. */
export function versionsInWindow(
  versions: readonly FileVersion[],
  window: DocWindow,
): FileVersion[] {
  const inside = versions.filter((v) => v.date >= window.start && v.date <= window.end);
  const before = versions.find((v) => v.date < window.start);
  return [...inside, ...(before ? [before] : [])].filter((v) => v.status !== 'D');
}

/**
 * Whether git contradicts a file claim, and the sentence that says so, or
 * null when it agrees or cannot tell. `versions` is the file's history,
 * newest first. A size or range agrees if any version the doc may describe
 * fits, so a file grown or shrunk since is no contradiction; a creation is
 * contradicted only when the file already existed more than 14 days before
 * a dated doc was written.
 */
export function judgeFileClaim(
  claim: FileClaim,
  target: string,
  versions: readonly FileVersion[],
  window: DocWindow,
): string | null {
  if (claim.kind === 'created') return judgeCreated(claim, target, versions, window);
  const candidates = versionsInWindow(versions, window).filter(
    (v): v is FileVersion & { lines: number } => v.lines !== null,
  );
  if (candidates.length === 0) return null;
  const newest = versions[0];
  const now = newest !== undefined && candidates[0] === newest;
  if (claim.kind === 'size') {
    if (candidates.some((v) => sizeAgrees(claim.lines, claim.approx, v.lines))) return null;
    const closest = candidates.reduce((a, b) =>
      Math.abs(b.lines - claim.lines) < Math.abs(a.lines - claim.lines) ? b : a,
    );
    const written = `${claim.approx ? '~' : ''}${claim.lines}`;
    return closest === newest && now
      ? `\`${target}\` has ${closest.lines} lines, not ${written}; update the doc`
      : `\`${target}\` had ${closest.lines} lines on ${window.end}, not ${written}; update the doc`;
  }
  const longest = Math.max(...candidates.map((v) => v.lines));
  const fits = claim.start <= longest && claim.end <= longest + Math.max(2, longest * 0.05);
  if (fits) return null;
  const lines =
    claim.start === claim.end ? `line ${claim.start} does` : `lines ${claim.start}-${claim.end} do`;
  return `\`${target}\` ends at line ${longest}; ${lines} not exist; update the doc`;
}

function judgeCreated(
  claim: FileClaim,
  target: string,
  versions: readonly FileVersion[],
  window: DocWindow,
): string | null {
  if (!window.dated) return null;
  // Added (again) near or after the doc's start: the claim may be right.
  if (versions.some((v) => v.status === 'A' && daysBetween(v.date, window.start) <= 14)) {
    return null;
  }
  const atStart = versions.find((v) => v.date < window.start);
  if (!atStart || atStart.status === 'D') return null;
  const added = versions.find((v) => v.status === 'A' && v.date <= atStart.date);
  if (!added) return null;
  const days = daysBetween(added.date, window.start);
  return `\`${target}\` existed since ${added.date}, ${days} days before this doc (${window.start}); \`${claim.text}\` does not hold`;
}
