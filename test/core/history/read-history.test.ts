import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import type { History } from '../../../src/core/history/history.ts';
import {
  findDocLine,
  loadDocHistory,
  loadVersion,
} from '../../../src/core/history/load-doc-history.ts';
import { readHistory } from '../../../src/core/history/read-history.ts';
import { makeGitRepo, removeRepo } from '../../helpers/git-repo.ts';
import { SCRIPTED_HISTORY } from './scripted-history.ts';

const monthly = configSchema.parse({ versions: { every: 'month' } });
let repo: string;
let history: History;

beforeAll(async () => {
  repo = makeGitRepo(SCRIPTED_HISTORY);
  history = await readHistory(path.join(repo, 'content'), monthly);
});

afterAll(async () => {
  await history.close();
  removeRepo(repo);
});

/** `date author change path[ <- from]`: one revision per line, for exact comparison. */
function compact(revisions: History['docs'][number]['revisions']): string[] {
  return revisions.map(
    (revision) =>
      `${revision.commit?.date.slice(0, 10) ?? 'uncommitted'} ${revision.commit?.author ?? '-'} ${revision.change} ${revision.path}${revision.from ? ` <- ${revision.from}` : ''}`,
  );
}

describe('readHistory on the scripted repository', () => {
  it('lists every commit of the first-parent history, oldest first, without notes', () => {
    expect(history.commits.map((commit) => `${commit.date} ${commit.author}`)).toEqual(
      SCRIPTED_HISTORY.map((commit) => `${commit.date} ${commit.author}`),
    );
    expect(history.notes).toEqual([]);
    expect(history.shallowSince).toBeNull();
  });

  it('follows each doc through renames and moves, with exact revisions', () => {
    expect(
      history.docs.map((line) => ({
        key: line.key,
        paths: line.paths,
        created: line.created,
        revisions: compact(line.revisions),
      })),
    ).toEqual([
      {
        key: 'STATUS.md',
        paths: ['STATUS.md'],
        created: '2025-01-06',
        revisions: [
          '2025-01-06 Alice added STATUS.md',
          '2025-01-20 Bob modified STATUS.md',
          '2025-03-05 Alice modified STATUS.md',
          '2025-03-20 Bob modified STATUS.md',
        ],
      },
      {
        key: 'archive/week-1.md',
        paths: ['reports/week-1.md', 'archive/week-1.md'],
        created: '2025-01-06',
        revisions: [
          '2025-01-06 Alice added reports/week-1.md',
          '2025-03-05 Alice renamed archive/week-1.md <- reports/week-1.md',
        ],
      },
      {
        key: 'notes/scratch.md',
        paths: ['notes/scratch.md'],
        created: '2025-01-06',
        revisions: [
          '2025-01-06 Alice added notes/scratch.md',
          '2025-03-20 Bob deleted notes/scratch.md',
        ],
      },
      {
        key: 'plans/auth.md',
        paths: ['plans/auth-plan.md', 'plans/auth.md'],
        created: '2025-01-06',
        revisions: [
          '2025-01-06 Alice added plans/auth-plan.md',
          '2025-02-14 Bob renamed plans/auth.md <- plans/auth-plan.md',
          '2025-02-25 Alice modified plans/auth.md',
        ],
      },
      {
        key: 'reports/summary.md',
        paths: ['reports/summary.md'],
        created: '2025-03-05',
        revisions: ['2025-03-05 Alice added reports/summary.md'],
      },
    ]);
  });

  it('takes versions from v* tags and the last commit of each month, then the working tree', () => {
    expect(
      history.versions.map((version) => [
        version.name,
        version.source,
        version.date,
        version.docs.map((doc) => (doc.key === doc.path ? doc.path : `${doc.key}=${doc.path}`)),
      ]),
    ).toEqual([
      [
        '2025-01',
        'period',
        '2025-01-20',
        [
          'STATUS.md',
          'notes/scratch.md',
          'plans/auth.md=plans/auth-plan.md',
          'archive/week-1.md=reports/week-1.md',
        ],
      ],
      [
        'v1',
        'tag',
        '2025-02-03',
        [
          'STATUS.md',
          'notes/scratch.md',
          'plans/auth.md=plans/auth-plan.md',
          'archive/week-1.md=reports/week-1.md',
        ],
      ],
      [
        '2025-02',
        'period',
        '2025-02-25',
        ['STATUS.md', 'notes/scratch.md', 'plans/auth.md', 'archive/week-1.md=reports/week-1.md'],
      ],
      [
        '2025-03',
        'period',
        '2025-03-20',
        ['STATUS.md', 'archive/week-1.md', 'plans/auth.md', 'reports/summary.md'],
      ],
      [
        'v2',
        'tag',
        '2025-03-20',
        ['STATUS.md', 'archive/week-1.md', 'plans/auth.md', 'reports/summary.md'],
      ],
      [
        'latest',
        'working-tree',
        null,
        ['STATUS.md', 'archive/week-1.md', 'plans/auth.md', 'reports/summary.md'],
      ],
    ]);
  });

  it('gives each revision its status change, metric deltas and completed tasks', async () => {
    const line = findDocLine(history, 'STATUS.md');
    if (!line) throw new Error('STATUS.md has no history');
    const view = await loadDocHistory(history, line);
    expect(
      view.revisions.map((revision) => ({
        status: revision.statusChange
          ? `${revision.statusChange.fromText} → ${revision.statusChange.toText}`
          : null,
        deltas: revision.deltas.map((delta) => delta.text),
        tasks: revision.tasksCompleted,
      })),
    ).toEqual([
      { status: null, deltas: [], tasks: [] },
      {
        status: null,
        deltas: ['coverage 40% → 42% (+2)', 'tasks 1/4 → 2/4 (+1)'],
        tasks: ['Implement endpoints'],
      },
      {
        status: null,
        deltas: ['coverage 42% → 55% (+13)', 'tasks 2/4 → 3/4 (+1)'],
        tasks: ['Write integration tests'],
      },
      {
        status: '🟡 In Progress → ✅ Complete',
        deltas: ['coverage 55% → 61% (+6)', 'tasks 3/4 → 4/4 (+1)'],
        tasks: ['Ship v2'],
      },
    ]);
    expect(view.series).toEqual([
      {
        metric: 'coverage',
        unit: '%',
        points: [
          { date: '2025-01-06', commit: history.commits[0]?.short, value: 40 },
          { date: '2025-01-20', commit: history.commits[1]?.short, value: 42 },
          { date: '2025-03-05', commit: history.commits[5]?.short, value: 55 },
          { date: '2025-03-20', commit: history.commits[6]?.short, value: 61 },
        ],
      },
      {
        metric: 'tasks.done',
        unit: '',
        points: ['2025-01-06', '2025-01-20', '2025-03-05', '2025-03-20'].map((date, index) => ({
          date,
          commit: history.commits[[0, 1, 5, 6][index] ?? 0]?.short,
          value: index + 1,
        })),
      },
      {
        metric: 'tasks.total',
        unit: '',
        points: ['2025-01-06', '2025-01-20', '2025-03-05', '2025-03-20'].map((date, index) => ({
          date,
          commit: history.commits[[0, 1, 5, 6][index] ?? 0]?.short,
          value: 4,
        })),
      },
    ]);
  });

  it('finds a doc by any path it ever had', () => {
    expect(findDocLine(history, 'plans/auth-plan.md')?.key).toBe('plans/auth.md');
    expect(findDocLine(history, 'reports/week-1.md')?.key).toBe('archive/week-1.md');
    expect(findDocLine(history, 'nowhere.md')).toBeNull();
  });
});

describe('snapshots are parsed once per distinct blob', () => {
  it('reuses a blob across versions and revisions', async () => {
    const fresh = await readHistory(path.join(repo, 'content'), monthly);
    try {
      for (const version of fresh.versions) await loadVersion(fresh, version);
      for (const line of fresh.docs) await loadDocHistory(fresh, line);
      const distinct = new Set(
        fresh.docs.flatMap((line) =>
          line.revisions
            .filter((revision) => revision.blob)
            .map((revision) => `${revision.blob ?? ''} ${revision.path}`),
        ),
      );
      expect(fresh.store.stats.parsed).toBe(distinct.size);
      expect(distinct.size).toBe(11);
      expect(fresh.store.stats.reused).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
  });
});

describe('the working tree is the version "latest"', () => {
  it('records uncommitted edits and new docs, with a note', async () => {
    const dir = makeGitRepo(SCRIPTED_HISTORY.slice(0, 2));
    try {
      writeFileSync(path.join(dir, 'content/STATUS.md'), '# API Status\n\n**Status**: ✅ Done\n');
      writeFileSync(path.join(dir, 'content/NEW.md'), '# New\n');
      const local = await readHistory(path.join(dir, 'content'), monthly);
      await local.close();
      expect(local.notes).toEqual([
        '1 doc is not committed yet and so has no history; commit it to track changes',
      ]);
      expect(compact(findDocLine(local, 'STATUS.md')?.revisions ?? []).at(-1)).toBe(
        'uncommitted - uncommitted STATUS.md',
      );
      expect(compact(findDocLine(local, 'NEW.md')?.revisions ?? [])).toEqual([
        'uncommitted - uncommitted NEW.md',
      ]);
      expect(local.versions.at(-1)?.docs.map((doc) => doc.path)).toEqual([
        'NEW.md',
        'STATUS.md',
        'notes/scratch.md',
        'plans/auth-plan.md',
        'reports/week-1.md',
      ]);
    } finally {
      removeRepo(dir);
    }
  });
});
