import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { openCatFile } from '../../../src/core/history/cat-file.ts';
import { spawnGit, type GitSpawn } from '../../../src/core/history/git-process.ts';
import {
  findDocLine,
  loadDocHistory,
  loadVersion,
} from '../../../src/core/history/load-doc-history.ts';
import { readHistory } from '../../../src/core/history/read-history.ts';
import { git, makeGitRepo, removeRepo, type ScriptedCommit } from '../../helpers/git-repo.ts';
import { SCRIPTED_HISTORY } from './scripted-history.ts';

const config = configSchema.parse({ versions: { every: 'month' } });

/** A spawner that records the git subcommand of every process it starts. */
function countingSpawn(): { spawn: GitSpawn; started: string[] } {
  const started: string[] = [];
  return {
    started,
    spawn: (args, cwd) => {
      started.push(args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? '');
      return spawnGit(args, cwd);
    },
  };
}

/** Many docs changing over many commits. */
function bigHistory(docs: number, commits: number): ScriptedCommit[] {
  return Array.from({ length: commits }, (_, commit) => ({
    date: `2025-0${1 + Math.floor(commit / 10)}-${String(1 + (commit % 10) * 2).padStart(2, '0')}T09:00:00+00:00`,
    author: commit % 2 ? 'Bob' : 'Alice',
    message: `Update ${commit}`,
    write: Object.fromEntries(
      Array.from({ length: docs }, (_, doc) => [
        `content/doc-${doc}.md`,
        `# Doc ${doc}\n\nCoverage: ${40 + commit}%\n`,
      ]),
    ),
    ...(commit === commits - 1 ? { tag: 'v1' } : {}),
  }));
}

describe('git processes', () => {
  it('uses one probe, one log pass and one cat-file process, whatever the number of docs', async () => {
    for (const [docs, commits] of [
      [3, 4],
      [25, 6],
    ] as const) {
      const dir = makeGitRepo(bigHistory(docs, commits));
      const { spawn, started } = countingSpawn();
      const history = await readHistory(path.join(dir, 'content'), config, { spawn });
      for (const version of history.versions) await loadVersion(history, version);
      for (const line of history.docs) await loadDocHistory(history, line);
      await history.close();
      removeRepo(dir);
      expect(started).toEqual(['rev-parse', 'log', 'cat-file']);
      expect(history.gitProcesses).toBe(3);
      expect(history.docs).toHaveLength(docs);
      expect(history.store.stats.parsed).toBe(docs * commits);
    }
  });
});

describe('shallow clones', () => {
  it('says where history starts and never calls the boundary a creation', async () => {
    const origin = makeGitRepo(SCRIPTED_HISTORY);
    const parent = mkdtempSync(path.join(tmpdir(), 'statusdocs-shallow-'));
    try {
      git(parent, ['clone', '--quiet', '--depth', '2', `file://${origin}`, 'clone']);
      const history = await readHistory(path.join(parent, 'clone/content'), config);
      await history.close();
      expect(history.notes).toEqual([
        'History starts at 2025-03-05 because this is a shallow clone; run `git fetch --unshallow` for the full history',
      ]);
      expect(history.shallowSince).toBe('2025-03-05');
      const summary = findDocLine(history, 'reports/summary.md');
      expect(summary?.created).toBeNull();
      expect(summary?.revisions.map((revision) => revision.change)).toEqual(['boundary']);
      expect(
        findDocLine(history, 'STATUS.md')?.revisions.map((revision) => revision.change),
      ).toEqual(['boundary', 'modified']);
      expect(history.versions.map((version) => version.name)).toEqual(['2025-03', 'v2', 'latest']);
    } finally {
      removeRepo(origin);
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('without git history', () => {
  it('reads the working tree alone outside a repository, with a note', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-nogit-'));
    try {
      writeFileSync(path.join(dir, 'STATUS.md'), '# Status\n\nCoverage: 40%\n');
      const history = await readHistory(dir, config, {
        spawn: (args, cwd) => spawnGit(args, cwd),
      });
      await history.close();
      expect(history.notes).toEqual([
        'The docs are not in a git repository, so history shows the working tree alone; run `git init` and commit to track them',
      ]);
      expect(
        history.versions.map((version) => [version.name, version.docs.map((doc) => doc.path)]),
      ).toEqual([['latest', ['STATUS.md']]]);
      expect(history.docs.map((line) => line.revisions.map((revision) => revision.change))).toEqual(
        [['uncommitted']],
      );
      const [doc] = await loadVersion(
        history,
        history.versions[0] ?? {
          name: '',
          source: 'working-tree',
          commit: null,
          date: null,
          docs: [],
        },
      );
      expect(doc?.snapshot.doc.metrics.coverage?.value).toBe(40);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the working tree alone when git is not installed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-nogit-'));
    try {
      writeFileSync(path.join(dir, 'STATUS.md'), '# Status\n');
      const missing: GitSpawn = () => {
        throw Object.assign(new Error('spawn git ENOENT'), { code: 'ENOENT' });
      };
      const history = await readHistory(dir, config, { spawn: missing });
      await history.close();
      expect(history.notes).toEqual([
        'Git was not found, so history shows the working tree alone; install git to see revisions and versions',
      ]);
      expect(history.versions.map((version) => version.docs.length)).toEqual([1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the working tree alone in a repository without commits', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'statusdocs-nocommit-'));
    try {
      git(dir, ['init', '--quiet']);
      writeFileSync(path.join(dir, 'STATUS.md'), '# Status\n');
      const history = await readHistory(dir, config);
      await history.close();
      expect(history.notes).toEqual([
        'The repository has no commits yet, so history shows the working tree alone; commit the docs to track them',
      ]);
      expect(history.gitProcesses).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('identity', () => {
  it('joins a delete and an add with the same frontmatter id into one doc', async () => {
    const dir = makeGitRepo([
      {
        date: '2025-01-01T00:00:00+00:00',
        author: 'Alice',
        message: 'one',
        write: {
          'content/a.md': '---\nid: api\nstatus: active\n---\n\n# API\n\nFirst words here.\n',
        },
      },
      {
        date: '2025-01-02T00:00:00+00:00',
        author: 'Alice',
        message: 'rewrite',
        remove: ['content/a.md'],
        write: {
          'content/b.md':
            '---\nid: api\nstatus: done\n---\n\n# Service\n\nEntirely different text.\n',
        },
      },
    ]);
    try {
      const history = await readHistory(path.join(dir, 'content'), config);
      await history.close();
      expect(
        history.docs.map((line) => [
          line.key,
          line.paths,
          line.revisions.map((revision) => revision.change),
        ]),
      ).toEqual([['b.md', ['a.md', 'b.md'], ['added', 'renamed']]]);
    } finally {
      removeRepo(dir);
    }
  });

  it('continues a doc deleted and added again at the same path', async () => {
    const dir = makeGitRepo([
      {
        date: '2025-01-01T00:00:00+00:00',
        author: 'A',
        message: '1',
        write: { 'content/a.md': '# A\n' },
      },
      { date: '2025-01-02T00:00:00+00:00', author: 'A', message: '2', remove: ['content/a.md'] },
      {
        date: '2025-01-03T00:00:00+00:00',
        author: 'A',
        message: '3',
        write: { 'content/a.md': '# A again\n' },
      },
    ]);
    try {
      const history = await readHistory(path.join(dir, 'content'), config);
      await history.close();
      expect(history.docs.map((line) => line.revisions.map((revision) => revision.change))).toEqual(
        [['added', 'deleted', 'added']],
      );
    } finally {
      removeRepo(dir);
    }
  });
});

describe('versions from config', () => {
  it('resolves configured refs and reports the ones git cannot find', async () => {
    const dir = makeGitRepo(SCRIPTED_HISTORY);
    try {
      const refs = configSchema.parse({
        versions: {
          tags: false,
          refs: [
            { name: 'beta', ref: 'HEAD~2' },
            { name: 'gone', ref: 'nope' },
          ],
        },
      });
      const history = await readHistory(path.join(dir, 'content'), refs);
      await history.close();
      expect(
        history.versions.map((version) => [version.name, version.source, version.date]),
      ).toEqual([
        ['beta', 'ref', '2025-02-25'],
        ['latest', 'working-tree', null],
      ]);
      expect(history.notes).toEqual([
        'Version `gone` names `nope`, which git cannot find; fix `versions.refs` in the config',
      ]);
    } finally {
      removeRepo(dir);
    }
  });
});

describe('cat-file', () => {
  it('answers many reads in order through one process, null for missing objects', async () => {
    const dir = makeGitRepo(SCRIPTED_HISTORY.slice(0, 1));
    const catFile = openCatFile(spawnGit, dir);
    try {
      const [status, missing, commit] = await Promise.all([
        catFile.read('HEAD:content/STATUS.md'),
        catFile.read('HEAD:content/none.md'),
        catFile.read('HEAD^{commit}'),
      ]);
      expect(status?.type).toBe('blob');
      expect(status?.content.toString('utf8').split('\n')[0]).toBe('# API Status');
      expect(missing).toBeNull();
      expect(commit?.type).toBe('commit');
      expect(catFile.requests).toBe(3);
    } finally {
      await catFile.close();
      removeRepo(dir);
    }
    expect(await catFile.read('HEAD')).toBeNull();
  });
});
