import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

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

/**
 * Files under `root` that differ from the last commit, read with one git
 * call for the whole tree; `undefined` when `root` is not in a git
 * repository or git is missing, so there is nothing to protect against.
 */
export async function readGitChanges(root: string): Promise<Set<string> | undefined> {
  try {
    const { stdout: top } = await execFileAsync('git', ['rev-parse', '--show-toplevel'], {
      cwd: root,
      encoding: 'utf8',
    });
    const { stdout } = await execFileAsync(
      'git',
      ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.'],
      { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    // git prints the real path; a symlinked root (macOS /tmp) must be compared as real too.
    const relative = path
      .relative(top.trim(), await realpath(root))
      .split(path.sep)
      .join('/');
    return parseGitStatus(stdout, relative === '' ? '' : `${relative}/`);
  } catch {
    return undefined;
  }
}
