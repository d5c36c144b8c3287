import { runGit, type GitSpawn } from './git-process.ts';
import {
  GIT_LOG_ARGS,
  LOG_FORMAT,
  parseGitLog,
  type LogChange,
  type LogCommit,
} from './parse-git-log.ts';

/** What the one `git log` pass could read. */
export interface ReadLog {
  /** First-parent commits, oldest first: all of them, or the newest ones git could read. */
  log: LogCommit[];
  /**
   * Why git stopped before the first commit (its own words, e.g. `Could not
   * read 1f2e…`), else null. When set and `log` is not empty, `log[0]` is a
   * boundary: its changes list every file of its tree as added, like the
   * first commit of a shallow clone.
   */
  failure: string | null;
}

/** How git (LC_ALL=C) says HEAD has no commit yet, in current and older versions. */
const NO_COMMITS = /does not have any commits yet|bad default revision 'HEAD'/;

/** Boundary candidates tried when the oldest commits read have unreadable trees too. */
const BOUNDARY_TRIES = 3;

/**
 * Run the log pass and keep what git printed even when it fails partway
 * (a missing commit, tree or blob in a damaged or partial clone). The log is
 * read newest first, so the commits git could read come out before the
 * damage. git stops one commit early (it cannot diff a commit against an
 * unreadable parent), so that parent is read on its own, without a diff;
 * the oldest commit then becomes a boundary whose whole tree comes from one
 * `git ls-tree`, so every later tree is still rebuilt exactly. The last
 * record printed before a failure may be cut short; the boundary replaces
 * its changes anyway. A few more processes, only for a damaged clone.
 * Never throws.
 */
export async function readGitLog(gitSpawn: GitSpawn, root: string): Promise<ReadLog> {
  const output = await runGit(gitSpawn, root, GIT_LOG_ARGS);
  const log = parseGitLog(output.stdout.toString('utf8')).reverse();
  // An unborn branch is a repository without commits, not a damaged one.
  if (output.code === 0 || (log.length === 0 && NO_COMMITS.test(output.stderr))) {
    return { log, failure: null };
  }
  const failure = gitReason(output.stderr, output.code);
  const parent = log[0]?.parents[0];
  if (parent !== undefined) {
    const header = await runGit(gitSpawn, root, [
      'log',
      '--no-walk',
      '--decorate-refs=refs/tags/',
      LOG_FORMAT,
      parent,
    ]);
    const [commit] = header.code === 0 ? parseGitLog(header.stdout.toString('utf8')) : [];
    if (commit) log.unshift(commit);
  }
  for (let tries = 0; tries < BOUNDARY_TRIES && log.length > 0; tries++) {
    const oldest = log[0];
    if (!oldest) break;
    const tree = await runGit(gitSpawn, root, ['ls-tree', '-r', '-z', oldest.commit]);
    if (tree.code === 0) {
      log[0] = { ...oldest, parents: [], changes: treeAsAdded(tree.stdout.toString('utf8')) };
      return { log, failure };
    }
    log.shift();
  }
  return { log: [], failure };
}

/** The first `fatal:`/`error:` line of git's stderr, without the prefix, as a short reason. */
function gitReason(stderr: string, code: number | null): string {
  if (code === null) return 'git stopped before it finished';
  const lines = stderr.split('\n').map((line) => line.trim());
  const line =
    lines.find((text) => text.startsWith('error:')) ??
    lines.find((text) => text.startsWith('fatal:')) ??
    lines.find((text) => text !== '');
  const reason = (line ?? `git log exited with code ${code}`).replace(/^(?:error|fatal): /, '');
  return reason.length > 120 ? `${reason.slice(0, 117)}…` : reason;
}

/** `git ls-tree -r -z` output (`<mode> blob <oid>\t<path>\0`…) as additions. */
function treeAsAdded(output: string): LogChange[] {
  const changes: LogChange[] = [];
  for (const entry of output.split('\u0000')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type = '', blob = ''] = entry.slice(0, tab).split(' ');
    if (type !== 'blob') continue;
    changes.push({
      kind: 'added',
      path: entry.slice(tab + 1),
      blob,
      previousBlob: '0'.repeat(blob.length),
    });
  }
  return changes;
}
