import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Starts one git process. Injected so tests can count processes and so the
 * reader never depends on how (or whether) git is installed.
 */
export type GitSpawn = (args: readonly string[], cwd: string) => ChildProcessWithoutNullStreams;

/** Spawn the `git` on PATH, with a stable, locale-free environment. */
export const spawnGit: GitSpawn = (args, cwd) =>
  spawn('git', [...args], {
    cwd,
    // Paths as bytes (no octal quoting), no pager, no prompts, English messages;
    // in a partial clone, a missing object is reported, never fetched over the network.
    env: {
      ...process.env,
      GIT_PAGER: 'cat',
      GIT_TERMINAL_PROMPT: '0',
      GIT_NO_LAZY_FETCH: '1',
      LC_ALL: 'C',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });

/** What one finished git command printed. */
export interface GitOutput {
  /** Exit code; null when git could not be started (not installed). */
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * Run one git command to completion and collect its output. Never throws:
 * a missing git binary is `code: null`, so callers fall back to the working tree.
 */
export function runGit(
  gitSpawn: GitSpawn,
  cwd: string,
  args: readonly string[],
): Promise<GitOutput> {
  return new Promise((resolve) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = gitSpawn(['-c', 'core.quotePath=false', ...args], cwd);
    } catch {
      resolve({ code: null, stdout: Buffer.alloc(0), stderr: '' });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.end();
    let settled = false;
    const finish = (code: number | null) => {
      if (settled) return;
      settled = true;
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    };
    child.on('error', () => {
      finish(null);
    });
    child.on('close', (code) => {
      finish(code);
    });
  });
}

/**
 * What a git command printed, as text, when it succeeded; undefined when it
 * failed or git is missing (no repository, no commits): for callers that
 * then go on without git's facts.
 */
export async function gitText(
  cwd: string,
  args: readonly string[],
  gitSpawn: GitSpawn = spawnGit,
): Promise<string | undefined> {
  const { code, stdout } = await runGit(gitSpawn, cwd, args);
  return code === 0 ? stdout.toString('utf8') : undefined;
}
