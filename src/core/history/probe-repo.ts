import { runGit, type GitSpawn } from './git-process.ts';

/** What one `git rev-parse` says about the content root. */
export type RepoProbe =
  | { state: 'no-git' }
  | { state: 'not-a-repo' }
  | { state: 'repo'; shallow: boolean; objectFormat: 'sha1' | 'sha256' };

/** Ask git, in one process, whether `root` is in a work tree, a shallow one, and its hash. */
export async function probeRepo(gitSpawn: GitSpawn, root: string): Promise<RepoProbe> {
  const { code, stdout } = await runGit(gitSpawn, root, [
    'rev-parse',
    '--is-inside-work-tree',
    '--is-shallow-repository',
    '--show-object-format',
  ]);
  if (code === null) return { state: 'no-git' };
  const [inside, shallow, format] = stdout.toString('utf8').trim().split('\n');
  if (code !== 0 || inside !== 'true') return { state: 'not-a-repo' };
  return {
    state: 'repo',
    shallow: shallow === 'true',
    objectFormat: format === 'sha256' ? 'sha256' : 'sha1',
  };
}
