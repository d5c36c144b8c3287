import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChangelog } from '../../../src/core/changelog/build-changelog.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import type { History } from '../../../src/core/history/history.ts';
import { similarity } from '../../../src/core/history/join-moves.ts';
import { readHistory } from '../../../src/core/history/read-history.ts';
import { git, makeGitRepo, removeRepo, type ScriptedCommit } from '../../helpers/git-repo.ts';

const config = configSchema.parse({ versions: { every: 'month' } });

/** A plan long enough that a rewrite of its status and a few lines stays recognisable. */
const plan = (status: string, extra = '') =>
  `# Search plan\n\n**Status**: ${status}\n\n## Steps\n\n- index the docs\n- rank by date\n- show snippets\n- keep queries fast\n${extra}`;

/** Each doc line: key, every path it had, and how it changed in each revision. */
function lines(history: History) {
  return history.docs.map((line) => [
    line.key,
    line.paths,
    line.revisions.map((revision) => revision.change),
  ]);
}

/** Commit everything in `dir` at `date`, as `author`. */
function commitAll(dir: string, message: string, date: string): void {
  git(dir, ['add', '--all']);
  git(dir, ['commit', '--quiet', '-m', message], {
    GIT_AUTHOR_NAME: 'Alice',
    GIT_AUTHOR_EMAIL: 'alice@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Alice',
    GIT_COMMITTER_EMAIL: 'alice@example.com',
    GIT_COMMITTER_DATE: date,
  });
}

describe('docs moved on a merged branch', () => {
  it('keeps the whole history although the merge diff shows a deletion and an addition', async () => {
    const dir = makeGitRepo([
      {
        date: '2025-01-05T09:00:00+00:00',
        author: 'Alice',
        message: 'plan',
        write: { 'docs/plan.md': '# Plan\n\n**Status**: Active\n\nShip it.\n' },
      },
    ]);
    try {
      git(dir, ['checkout', '--quiet', '-b', 'archive-plan']);
      mkdirSync(path.join(dir, 'docs/archive'));
      git(dir, ['mv', 'docs/plan.md', 'docs/archive/plan.md']);
      commitAll(dir, 'archive the plan', '2025-02-01T09:00:00+00:00');
      // Rewritten on the branch: too different for git to pair across the merge.
      writeFileSync(
        path.join(dir, 'docs/archive/plan.md'),
        '# Plan (archived)\n\n**Status**: Done\n\nShipped on 2025-02-01, see the release notes.\n',
      );
      commitAll(dir, 'close the plan', '2025-02-02T09:00:00+00:00');
      git(dir, ['checkout', '--quiet', 'main']);
      writeFileSync(path.join(dir, 'docs/notes.md'), '# Notes\n');
      commitAll(dir, 'notes', '2025-02-03T09:00:00+00:00');
      git(dir, ['merge', '--quiet', '--no-ff', '-m', 'merge', 'archive-plan'], {
        GIT_AUTHOR_NAME: 'Alice',
        GIT_AUTHOR_EMAIL: 'alice@example.com',
        GIT_AUTHOR_DATE: '2025-02-04T09:00:00+00:00',
        GIT_COMMITTER_NAME: 'Alice',
        GIT_COMMITTER_EMAIL: 'alice@example.com',
        GIT_COMMITTER_DATE: '2025-02-04T09:00:00+00:00',
      });
      const history = await readHistory(path.join(dir, 'docs'), config);
      const releases = await buildChangelog(history);
      await history.close();
      expect(lines(history)).toEqual([
        ['archive/plan.md', ['plan.md', 'archive/plan.md'], ['added', 'renamed']],
        ['notes.md', ['notes.md'], ['added']],
      ]);
      expect(history.docs[0]?.created).toBe('2025-01-05');
      const february = releases.find((release) => release.version === '2025-02');
      expect(february?.removed).toEqual([]);
      expect(february?.added.map((doc) => doc.path)).toEqual(['notes.md']);
      expect(february?.retired.map((doc) => [doc.from, doc.path])).toEqual([
        ['plan.md', 'archive/plan.md'],
      ]);
    } finally {
      removeRepo(dir);
    }
  });
});

describe('docs deleted and added again elsewhere', () => {
  const commits: ScriptedCommit[] = [
    {
      date: '2025-01-05T09:00:00+00:00',
      author: 'Alice',
      message: 'plans',
      write: {
        'search-plan.md': plan('Active'),
        'old-idea.md': '# Old idea\n\nNever started.\n',
      },
    },
    {
      date: '2025-01-20T09:00:00+00:00',
      author: 'Alice',
      message: 'tidy up',
      remove: ['search-plan.md', 'old-idea.md'],
    },
    {
      date: '2025-02-02T09:00:00+00:00',
      author: 'Alice',
      message: 'file them',
      write: {
        'completed/search-plan.md': plan('Done', '- ship it\n'),
        'new-idea.md': '# New idea\n\nJust started.\n',
      },
    },
  ];

  it('reads nearly the same content in a nearby commit as one doc moving', async () => {
    const dir = makeGitRepo(commits);
    try {
      const history = await readHistory(dir, config);
      const releases = await buildChangelog(history);
      await history.close();
      expect(lines(history)).toEqual([
        [
          'completed/search-plan.md',
          ['search-plan.md', 'completed/search-plan.md'],
          ['added', 'renamed'],
        ],
        ['new-idea.md', ['new-idea.md'], ['added']],
        ['old-idea.md', ['old-idea.md'], ['added', 'deleted']],
      ]);
      // Gone for a few commits across a month's end, the doc stays at its old path meanwhile.
      const january = releases.find((release) => release.version === '2025-01');
      expect(january?.added.map((doc) => doc.path)).toEqual(['search-plan.md']);
      const february = releases.find((release) => release.version === '2025-02');
      expect(february?.added.map((doc) => doc.path)).toEqual(['new-idea.md']);
      expect(february?.removed).toEqual([]);
      expect(february?.changed.map((doc) => [doc.from, doc.path, doc.status?.to])).toEqual([
        ['search-plan.md', 'completed/search-plan.md', 'done'],
      ]);
    } finally {
      removeRepo(dir);
    }
  });
});

describe('similarity', () => {
  it('counts shared lines over the longer version', () => {
    expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(similarity(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'y'])).toBe(0.5);
    expect(similarity(['a', 'a'], ['a'])).toBe(0.5);
    expect(similarity([], ['a'])).toBe(0);
    expect(similarity(null, ['a'])).toBe(0);
  });
});
