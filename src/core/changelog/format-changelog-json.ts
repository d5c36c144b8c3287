import type { Release } from './release.ts';

/** Version of the JSON shape; raised on breaking changes. */
export const CHANGELOG_JSON_VERSION = 1;

/** Releases (newest first) as JSON, with notes about what history could not see. */
export function formatChangelogJson(
  releases: readonly Release[],
  notes: readonly string[],
): string {
  return `${JSON.stringify({ version: CHANGELOG_JSON_VERSION, notes, releases }, null, 2)}\n`;
}
