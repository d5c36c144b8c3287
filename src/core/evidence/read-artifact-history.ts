import path from 'node:path';
import { openCatFile } from '../history/cat-file.ts';
import { runGit, spawnGit, type GitSpawn } from '../history/git-process.ts';
import type { Artifact } from './artifact.ts';
import { readArtifactText } from './read-artifact-text.ts';
import { MAX_ARTIFACT_SIZE } from './read-evidence.ts';

/** Most past versions read per artifact, newest first. */
const MAX_VERSIONS = 100;

/**
 * The past versions of the artifacts that git tracks (a project that
 * commits its `coverage/coverage-summary.json` or `junit.xml`), each read
 * and parsed as it was committed, newest first. An artifact's date is its
 * own timestamp, else the commit's date. Versions that are too large or do
 * not parse are left out; empty without git, outside a repository, or when
 * no artifact is tracked. Never an exception.
 */
export async function readArtifactHistory(
  cwd: string,
  artifacts: readonly Artifact[],
  gitSpawn: GitSpawn = spawnGit,
): Promise<Artifact[]> {
  if (artifacts.length === 0) return [];
  const prefix = await runGit(gitSpawn, cwd, ['rev-parse', '--show-prefix']);
  if (prefix.code !== 0) return [];
  const top = prefix.stdout.toString('utf8').trim();
  const versions: { artifact: Artifact; commit: string; date: string; name: string }[] = [];
  for (const artifact of artifacts) {
    const name = path.posix.normalize(`${top}${artifact.path}`);
    if (name.startsWith('../')) continue;
    const log = await runGit(gitSpawn, cwd, [
      'log',
      `--max-count=${MAX_VERSIONS}`,
      '--format=%H %ct',
      '--',
      `:(top,literal)${name}`,
    ]);
    if (log.code !== 0) continue;
    for (const line of log.stdout.toString('utf8').split('\n')) {
      const [commit, seconds] = line.split(' ');
      if (!commit || !seconds) continue;
      const date = new Date(Number(seconds) * 1000).toISOString().slice(0, 10);
      versions.push({ artifact, commit, date, name });
    }
  }
  if (versions.length === 0) return [];
  const catFile = openCatFile(gitSpawn, cwd);
  try {
    const read = await Promise.all(
      versions.map(async ({ artifact, commit, date, name }) => {
        const object = await catFile.read(`${commit}:${name}`);
        if (!object || object.type !== 'blob' || object.content.length > MAX_ARTIFACT_SIZE) {
          return undefined;
        }
        const text = object.content.toString('utf8').replace(/^\uFEFF/, '');
        const parsed = readArtifactText(artifact.path, text);
        if (!parsed.ok) return undefined;
        const { timestamp, ...body } = parsed.value;
        const time = timestamp === undefined ? NaN : new Date(timestamp).getTime();
        const stamped = Number.isNaN(time) ? date : new Date(time).toISOString().slice(0, 10);
        return { path: artifact.path, ...body, date: stamped, dated: !Number.isNaN(time) };
      }),
    );
    return read.filter((version): version is Artifact => version !== undefined);
  } finally {
    await catFile.close();
  }
}
