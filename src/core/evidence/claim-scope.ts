import type { Ratio } from './artifact.ts';

// Words of a label that say which metric, not which part of the project.
const METRIC_WORDS =
  /\b(?:code|test|tests|unit|line|lines|statement|statements|overall|total|current|coverage|cov|module|modules|package|folder|directory|service|component|file|of|the|for|in)\b/gi;

/**
 * Which part of the project a coverage claim is about: `total` for the
 * whole project, the name of a module or file, or null when the label is
 * about something statusdocs cannot map (a branch, a phase, a qualifier).
 * A code span on the claim's line before the value names the module
 * (`` `src/auth.py` coverage: 40% ``), else the label's words that are not
 * about the metric itself (`Auth module coverage` → `Auth`).
 */
export function claimScope(
  label: string | null,
  linePrefix: string,
  current: boolean,
): string | null {
  const code = /`([^`]+)`/.exec(linePrefix)?.[1]?.trim();
  if (code) return code;
  const rest = (label ?? '')
    .replace(METRIC_WORDS, ' ')
    .replace(/[^\p{L}\p{N}/._-]+/gu, ' ')
    .trim();
  if (rest === '') return current ? 'total' : null;
  // Several words (`Backend API`, `Phase 1`) rarely name one folder: not mapped.
  return /\s/.test(rest) ? null : rest;
}

/**
 * The line coverage of a module in an artifact's files: a path (`src/auth.py`)
 * matches a file by its trailing segments; a bare name (`auth`, `auth.py`)
 * matches one file by name, or the files of folders of that name. Null when
 * nothing matches, or when the name fits both a file and a folder (which
 * did the doc mean?) or several files.
 */
export function moduleCoverage(name: string, files: ReadonlyMap<string, Ratio>): Ratio | null {
  const wanted = name
    .replace(/^\.?\//, '')
    .replace(/\/$/, '')
    .toLowerCase();
  if (wanted === '') return null;
  const paths = [...files.keys()];
  const lower = (p: string) => p.toLowerCase();
  const isFile = (p: string) => lower(p) === wanted || lower(p).endsWith(`/${wanted}`);
  const stem = (p: string) => (lower(p).split('/').at(-1) ?? '').replace(/\.[^.]+$/, '');
  const byPath = paths.filter(isFile);
  const byStem = wanted.includes('/') ? [] : paths.filter((p) => stem(p) === wanted);
  const inFolder = paths.filter((p) => {
    const segments = lower(p).split('/').slice(0, -1).join('/');
    return `/${segments}/`.includes(`/${wanted}/`);
  });
  const fileMatches = [...new Set([...byPath, ...byStem])];
  if (fileMatches.length > 0 && inFolder.length > 0) return null;
  if (fileMatches.length === 1) return files.get(fileMatches[0] ?? '') ?? null;
  if (fileMatches.length > 1 || inFolder.length === 0) return null;
  const sum: Ratio = { covered: 0, total: 0 };
  for (const p of inFolder) {
    const ratio = files.get(p);
    if (!ratio) continue;
    sum.covered += ratio.covered;
    sum.total += ratio.total;
  }
  return sum;
}
