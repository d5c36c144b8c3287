import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openCatFile } from '../../../src/core/history/cat-file.ts';
import { spawnGit, type GitSpawn } from '../../../src/core/history/git-process.ts';
import { makeGitRepo, removeRepo } from '../../helpers/git-repo.ts';

/** A "git" that answers every request line with `reply` (a script through the shell). */
function replying(reply: string): GitSpawn {
  return () =>
    spawn('sh', ['-c', `while read line; do printf '%s\\n' '${reply}'; done`], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
}

describe('git cat-file --batch', () => {
  it('answers a missing name with a space as missing, then keeps reading (issue 20, item 7)', async () => {
    const repo = makeGitRepo([
      { date: '2025-01-01T00:00:00Z', author: 'A', message: 'one', write: { 'a.md': '# A\n' } },
    ]);
    const catFile = openCatFile(spawnGit, repo);
    const [missing, head] = await Promise.all([
      catFile.read('a b^{commit}'),
      catFile.read('HEAD^{commit}'),
    ]);
    await catFile.close();
    removeRepo(repo);
    expect(missing).toBeNull();
    expect(head?.type).toBe('commit');
    expect(catFile.failure).toBeNull();
  });

  it('stops on a reply that is not the protocol, answering every read with null', async () => {
    for (const reply of ['surprise', 'abc blob NaN', 'a b c d']) {
      const catFile = openCatFile(replying(reply), process.cwd());
      const answers = await Promise.all([catFile.read('HEAD'), catFile.read('HEAD~1')]);
      expect(answers).toEqual([null, null]);
      expect(await catFile.read('HEAD')).toBeNull();
      await catFile.close();
      expect(catFile.failure).toBe(`git cat-file replied \`${reply}\``);
    }
  });
});
