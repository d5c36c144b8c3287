import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import {
  findDocLine,
  loadDocHistory,
  loadVersion,
} from '../../../src/core/history/load-doc-history.ts';
import { readHistory } from '../../../src/core/history/read-history.ts';
import { git, makeGitRepo, removeRepo, type ScriptedCommit } from '../../helpers/git-repo.ts';

const config = configSchema.parse({ versions: { every: 'month' } });

/** Four commits: a plan written early and never touched again, a status doc edited in each. */
const COMMITS: ScriptedCommit[] = [
  {
    date: '2025-01-10T09:00:00+00:00',
    author: 'Alice',
    message: 'start',
    write: {
      'content/plan.md': '# Plan\n\n**Status**: Planned\n',
      'content/STATUS.md': '# Status\n\nCoverage: 40%\n',
    },
  },
  {
    date: '2025-02-10T09:00:00+00:00',
    author: 'Alice',
    message: 'two',
    write: { 'content/STATUS.md': '# Status\n\nCoverage: 50%\n' },
  },
  {
    date: '2025-03-10T09:00:00+00:00',
    author: 'Bob',
    message: 'three',
    write: { 'content/STATUS.md': '# Status\n\nCoverage: 60%\n' },
  },
  {
    date: '2025-04-10T09:00:00+00:00',
    author: 'Bob',
    message: 'four',
    write: { 'content/STATUS.md': '# Status\n\nCoverage: 70%\n' },
  },
];

/** Delete one loose object, as a damaged copy or an interrupted transfer would lose it. */
function loseObject(dir: string, revision: string): void {
  const id = git(dir, ['rev-parse', revision]).trim();
  rmSync(path.join(dir, '.git/objects', id.slice(0, 2), id.slice(2)));
}

describe('damaged clones', () => {
  it('keeps the commits git could read, says once what was lost, and never claims no commits', async () => {
    const dir = makeGitRepo(COMMITS);
    try {
      loseObject(dir, 'HEAD~2'); // the second commit: the first two are out of reach
      const history = await readHistory(path.join(dir, 'content'), config);
      for (const line of history.docs) await loadDocHistory(history, line);
      await history.close();
      expect(history.notes).toHaveLength(1);
      expect(history.notes[0]).toMatch(
        /^History starts at 2025-03-10 because git could not read older commits \(`Could not read [0-9a-f]{40}`\): 2 commits were read, older ones are lost in this clone; run `git fsck` to see what is missing$/,
      );
      expect(history.commits.map((commit) => commit.date.slice(0, 10))).toEqual([
        '2025-03-10',
        '2025-04-10',
      ]);
      // A doc untouched since before the damage is still there, never "created" at the boundary.
      const plan = findDocLine(history, 'plan.md');
      expect(plan?.created).toBeNull();
      expect(plan?.revisions.map((revision) => revision.change)).toEqual(['boundary']);
      const status = findDocLine(history, 'STATUS.md');
      expect(status?.revisions.map((revision) => revision.change)).toEqual([
        'boundary',
        'modified',
      ]);
      expect(history.versions.map((version) => [version.name, version.docs.length])).toEqual([
        ['2025-03', 2],
        ['2025-04', 2],
        ['latest', 2],
      ]);
    } finally {
      removeRepo(dir);
    }
  });

  it('reads the working tree alone with the reason when not even the newest commit can be read', async () => {
    const dir = makeGitRepo(COMMITS);
    try {
      loseObject(dir, 'HEAD^{tree}');
      const history = await readHistory(path.join(dir, 'content'), config);
      await history.close();
      expect(history.commits).toEqual([]);
      expect(history.notes).toHaveLength(1);
      expect(history.notes[0]).toMatch(
        /^History shows the working tree alone because git could not read the commits \(`.+`\): the clone is damaged or partial; run `git fsck` to see what is missing$/,
      );
      expect(history.notes[0]).not.toContain('no commits');
      expect(history.versions.map((version) => version.name)).toEqual(['latest']);
    } finally {
      removeRepo(dir);
    }
  });

  it('leaves out past versions whose content is missing, with one note counting them', async () => {
    const dir = makeGitRepo(COMMITS);
    try {
      loseObject(dir, 'HEAD~2:content/STATUS.md');
      const history = await readHistory(path.join(dir, 'content'), config);
      const status = findDocLine(history, 'STATUS.md');
      if (!status) throw new Error('STATUS.md has no history');
      const view = await loadDocHistory(history, status);
      for (const version of history.versions) await loadVersion(history, version);
      await history.close();
      expect(view.revisions.map((revision) => revision.metrics.coverage?.value ?? null)).toEqual([
        40,
        null,
        60,
        70,
      ]);
      expect(history.commits).toHaveLength(4);
      expect(history.notes).toEqual([
        '1 past version of a doc is left out of history because git could not read it (a damaged or partial clone); run `git fsck` to see what is missing',
      ]);
    } finally {
      removeRepo(dir);
    }
  });
});
