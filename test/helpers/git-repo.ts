import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One scripted commit: files to write, move and remove, then commit (and tag). */
export interface ScriptedCommit {
  /** ISO 8601 date, used as both author and committer date. */
  date: string;
  author: string;
  message: string;
  /** Files to write, relative to the repository: path → content. */
  write?: Record<string, string>;
  /** Files to `git mv`, `[from, to]`; applied before `write`, so a moved file can change too. */
  move?: [string, string][];
  /** Files to `git rm`. */
  remove?: string[];
  /** A lightweight tag on the commit. */
  tag?: string;
}

/** Run git in `cwd` with a fixed identity and no user or system config. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      LC_ALL: 'C',
      ...env,
    },
  });
}

/**
 * Create a git repository in a new temporary folder and replay `commits` in
 * it, with fixed names, emails and dates, so every id and date is the same
 * on every run. Returns the folder; remove it with {@link removeRepo}.
 */
export function makeGitRepo(commits: readonly ScriptedCommit[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-git-'));
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  for (const commit of commits) {
    for (const [from, to] of commit.move ?? []) {
      mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
      git(dir, ['mv', from, to]);
    }
    for (const [file, text] of Object.entries(commit.write ?? {})) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    for (const file of commit.remove ?? []) git(dir, ['rm', '--quiet', file]);
    git(dir, ['add', '--all']);
    const email = `${commit.author.toLowerCase()}@example.com`;
    git(dir, ['commit', '--quiet', '--allow-empty', '-m', commit.message], {
      GIT_AUTHOR_NAME: commit.author,
      GIT_AUTHOR_EMAIL: email,
      GIT_AUTHOR_DATE: commit.date,
      GIT_COMMITTER_NAME: commit.author,
      GIT_COMMITTER_EMAIL: email,
      GIT_COMMITTER_DATE: commit.date,
    });
    if (commit.tag) git(dir, ['tag', commit.tag]);
  }
  return dir;
}

/** Delete a folder made by {@link makeGitRepo}. */
export function removeRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
