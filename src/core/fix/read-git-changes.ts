import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { runGit, spawnGit } from '../io/git-process.ts';

/**
 * Paths with uncommitted changes, from one `git status --porcelain -z`
 * output: modified, staged, added, renamed (both names), deleted, and
 * untracked files (git could not restore those either). `prefix` is the
 * content root relative to the repository root (`docs/`, or '' for the
 * root); the result is relative to the content root. Pure.
 */
export function parseGitStatus(output: string, prefix: string): Set<string> {
  const changed = new Set<string>();
  const tokens = output.split('\0');
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? '';
    if (token.length < 4) continue;
    const code = token.slice(0, 2);
    const paths = [token.slice(3)];
    // A rename or copy is followed by its source path as the next token.
    if (code.includes('R') || code.includes('C')) paths.push(tokens[++index] ?? '');
    for (const file of paths) {
      if (file.startsWith(prefix)) changed.add(file.slice(prefix.length));
    }
  }
  return changed;
}

/** Git answered, but not about changes: it refused the repository, or failed. */
export class GitRefusedError extends Error {
  override name = 'GitRefusedError';
}

/**
 * Files under `root` that differ from the last commit, read with one git
 * call for the whole tree; `undefined` when `root` is not in a git
 * repository or git is missing, so there is nothing to protect against.
 * Any other failure (git refuses a repository another user owns, a broken
 * index) throws {@link GitRefusedError}: the guard fails closed, since a
 * repository git will not read may well hold uncommitted work.
 */
export async function readGitChanges(root: string): Promise<Set<string> | undefined> {
  const top = await git(root, ['rev-parse', '--show-toplevel']);
  if (top === undefined) return undefined;
  const stdout = await git(root, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--',
    '.',
  ]);
  if (stdout === undefined) throw new GitRefusedError('git status found no repository');
  // git prints the real path; a symlinked root (macOS /tmp) must be compared as real too.
  const relative = path
    .relative(top.trim(), await realpath(root))
    .split(path.sep)
    .join('/');
  return parseGitStatus(stdout, relative === '' ? '' : `${relative}/`);
}

/** What git printed; undefined when git is missing or `cwd` is in no repository. */
async function git(cwd: string, args: string[]): Promise<string | undefined> {
  const { code, stdout, stderr } = await runGit(spawnGit, cwd, args);
  if (code === 0) return stdout.toString('utf8');
  if (code === null || /not a git repository/i.test(stderr)) return undefined;
  throw new GitRefusedError(firstLine(stderr) || `git ${args[0] ?? ''} failed (exit ${code})`);
}

/** The first line of git's complaint, without its `fatal: ` prefix. */
function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '')
    .replace(/^(?:fatal|error): /, '')
    .trim();
}
