/**
 * Changelogs between versions: `buildChangelog(history)` for every release,
 * `buildRangeRelease(history, pickRange(...))` for one; formats for
 * Markdown (mdast, `changelogToMdast` for the site), JSON and Atom.
 */
export type { ChangedDoc, Release, ReleaseDoc, RenamedDoc, RetiredDoc } from './release.ts';
export type { ChangeLogEntry } from '../history/collect-change-log.ts';
export { isEmptyRelease } from './release.ts';
export { buildChangelog, buildRangeRelease } from './build-changelog.ts';
export { pickRange, releaseVersions, type VersionRange } from './release-versions.ts';
export { changelogToMdast, releaseTitle, releaseToMdast } from './changelog-mdast.ts';
export { formatChangelogMarkdown } from './format-changelog-markdown.ts';
export { formatChangelogJson } from './format-changelog-json.ts';
export { formatChangelogAtom, type AtomOptions } from './format-changelog-atom.ts';
