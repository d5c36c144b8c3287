import { runGit, type GitSpawn } from './git-process.ts';
import { parseGitLog, LOG_FORMAT, RAW_CHANGE_ARGS, type LogCommit } from './parse-git-log.ts';

/** Merges looked at, newest first; older ones fall back to content similarity. */
const MAX_MERGES = 200;

/**
 * Where docs were moved on branches merged into the first-parent chain.
 * A merge diffed against its first parent shows a doc moved and then edited
 * on the branch as a deletion plus an addition; the branch's own commits
 * still hold the renames. For the merges that delete one doc and add
 * another, one more `git log` (never per merge or per file) reads the
 * branches' commits, and renames are chained in history order: `a → b` then
 * `b → c` gives `a → c`. Returns old path → newest path; empty, without
 * starting git, when no merge needs it. Never throws.
 */
export async function readBranchRenames(
  gitSpawn: GitSpawn,
  root: string,
  log: readonly LogCommit[],
  isDoc: (path: string) => boolean,
): Promise<Map<string, string>> {
  const renames = new Map<string, string>();
  const merges = log.filter(
    (commit) =>
      commit.parents.length > 1 &&
      commit.changes.some((change) => change.kind === 'deleted' && isDoc(change.path)) &&
      commit.changes.some((change) => change.kind === 'added' && isDoc(change.path)),
  );
  if (merges.length === 0) return renames;
  const ranges = merges
    .slice(-MAX_MERGES)
    .flatMap((merge) => [`^${merge.parents[0] ?? ''}`, ...merge.parents.slice(1)]);
  const output = await runGit(gitSpawn, root, [
    'log',
    '--reverse',
    '--no-merges',
    ...RAW_CHANGE_ARGS,
    LOG_FORMAT,
    ...ranges,
    '--',
  ]);
  if (output.code !== 0) return renames;
  for (const commit of parseGitLog(output.stdout.toString('utf8'))) {
    for (const change of commit.changes) {
      if (change.kind !== 'renamed' || change.from === undefined) continue;
      for (const [from, to] of renames) if (to === change.from) renames.set(from, change.path);
      renames.set(change.from, change.path);
    }
  }
  return renames;
}
