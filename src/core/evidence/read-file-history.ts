import { openCatFile } from '../history/cat-file.ts';
import { runGit, spawnGit, type GitSpawn } from '../io/git-process.ts';
import { countLines, type FileHistory, type FileVersion } from './file-history.ts';

/** Most versions kept per file, newest first. */
const MAX_VERSIONS = 200;
/** Pathspecs per `git log`, to stay under command line limits. */
const CHUNK = 500;
/** Blobs larger than this are not counted (a generated file, not a claim's subject). */
const MAX_BLOB = 5_000_000;

/**
 * The commits that touched each of `paths` (repository-relative), newest
 * first, from one `git log --name-status` per 500 paths, and the line count
 * of each version of `counted` through one `git cat-file --batch`. Empty
 * without git or outside a repository, never an exception.
 */
export async function readFileHistory(
  cwd: string,
  paths: Iterable<string>,
  counted: ReadonlySet<string>,
  gitSpawn: GitSpawn = spawnGit,
): Promise<FileHistory> {
  const wanted = [...new Set(paths)].sort();
  const versions = new Map<string, FileVersion[]>();
  for (let index = 0; index < wanted.length; index += CHUNK) {
    const chunk = wanted.slice(index, index + CHUNK);
    const output = await runGit(gitSpawn, cwd, [
      'log',
      '--format=%x00%H %ct',
      '--name-status',
      '--no-renames',
      '--',
      ...chunk.map((path) => `:(top,literal)${path}`),
    ]);
    if (output.code !== 0) return { versions };
    parseLog(output.stdout.toString('utf8'), new Set(chunk), versions);
  }
  const catFile = openCatFile(gitSpawn, cwd);
  try {
    const reads: Promise<void>[] = [];
    for (const [path, list] of versions) {
      if (!counted.has(path)) continue;
      for (const version of list) {
        if (version.status === 'D') continue;
        reads.push(
          catFile.read(`${version.commit}:${path}`).then((object) => {
            if (object && object.type === 'blob' && object.content.length <= MAX_BLOB) {
              version.lines = countLines(object.content);
            }
          }),
        );
      }
    }
    await Promise.all(reads);
  } finally {
    await catFile.close();
  }
  return { versions };
}

function parseLog(text: string, wanted: ReadonlySet<string>, into: Map<string, FileVersion[]>) {
  for (const entry of text.split('\u0000')) {
    const [header = '', ...lines] = entry.split('\n');
    const [commit, seconds] = header.split(' ');
    const time = Number(seconds);
    if (!commit || !Number.isFinite(time)) continue;
    const date = new Date(time * 1000).toISOString().slice(0, 10);
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab === -1) continue;
      const status = line.slice(0, 1);
      const path = line.slice(tab + 1);
      if ((status !== 'A' && status !== 'M' && status !== 'D') || !wanted.has(path)) continue;
      const list = into.get(path) ?? [];
      if (list.length < MAX_VERSIONS) list.push({ commit, time, date, status, lines: null });
      into.set(path, list);
    }
  }
}
