import type { History, Version } from '../history/history.ts';
import { loadVersion } from '../history/load-doc-history.ts';
import { buildRelease, type VersionState } from './build-release.ts';
import type { Release } from './release.ts';
import { releaseVersions, type VersionRange } from './release-versions.ts';

/** The release for one range: `to` compared with `from` (or with nothing). */
export async function buildRangeRelease(history: History, range: VersionRange): Promise<Release> {
  const load = async (version: Version): Promise<VersionState> => ({
    version,
    docs: await loadVersion(history, version),
  });
  return buildRelease(range.from ? await load(range.from) : null, await load(range.to));
}

/**
 * Every release, newest first: the first version against nothing, then each
 * version against the one before (see {@link releaseVersions}). Each
 * version's docs are loaded once; each distinct blob is parsed once.
 */
export async function buildChangelog(history: History): Promise<Release[]> {
  const versions = releaseVersions(history.versions);
  const states: VersionState[] = [];
  for (const version of versions)
    states.push({ version, docs: await loadVersion(history, version) });
  const releases = states.map((state, index) => buildRelease(states[index - 1] ?? null, state));
  return releases.reverse();
}
