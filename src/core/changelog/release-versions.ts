import type { Version } from '../history/history.ts';

const PREFERENCE: Record<Version['source'], number> = {
  ref: 0,
  tag: 1,
  period: 2,
  'working-tree': 3,
};

/**
 * The versions a changelog walks through: one per commit (a configured ref
 * wins over a tag, a tag over a periodic snapshot, since those are the names
 * people use), and "latest" only when the working tree differs from the last
 * version. Pure; history order kept.
 */
export function releaseVersions(versions: readonly Version[]): Version[] {
  const byCommit = new Map<string, Version>();
  const result: Version[] = [];
  for (const version of versions) {
    if (version.commit === null) continue;
    const kept = byCommit.get(version.commit.id);
    if (kept && PREFERENCE[kept.source] <= PREFERENCE[version.source]) continue;
    if (kept) result.splice(result.indexOf(kept), 1, version);
    else result.push(version);
    byCommit.set(version.commit.id, version);
  }
  const latest = versions.find((version) => version.source === 'working-tree');
  const last = result.at(-1);
  if (latest && (!last || !sameDocs(last, latest))) result.push(latest);
  return result;
}

function sameDocs(a: Version, b: Version): boolean {
  if (a.docs.length !== b.docs.length) return false;
  return a.docs.every((doc, index) => {
    const other = b.docs[index];
    return other?.key === doc.key && other.path === doc.path && other.blob === doc.blob;
  });
}

/** A changelog range: from (null: before anything) to. */
export interface VersionRange {
  from: Version | null;
  to: Version;
}

/**
 * The range for `--from`/`--to` (version names, `latest` for the working
 * tree). Defaults: `to` is the last version, `from` the one before `to`.
 * Returns a reason string when a name is unknown or the range runs backwards.
 */
export function pickRange(
  versions: readonly Version[],
  fromName: string | undefined,
  toName: string | undefined,
): VersionRange | string {
  const all = releaseVersions(versions);
  const find = (name: string) =>
    all.find((version) => version.name === name) ??
    versions.find((version) => version.name === name);
  const to = toName === undefined ? all.at(-1) : find(toName);
  if (!to) {
    return toName === undefined ? 'There are no versions' : `Unknown version \`${toName}\``;
  }
  if (fromName === undefined) {
    const index = all.findIndex(
      (version) => version === to || version.commit?.id === to.commit?.id,
    );
    return { from: index > 0 ? (all[index - 1] ?? null) : null, to };
  }
  const from = find(fromName);
  if (!from) return `Unknown version \`${fromName}\``;
  if (order(versions, from) > order(versions, to)) {
    return `Version \`${fromName}\` comes after \`${to.name}\``;
  }
  return { from, to };
}

function order(versions: readonly Version[], version: Version): number {
  return version.commit === null ? Number.POSITIVE_INFINITY : versions.indexOf(version);
}
