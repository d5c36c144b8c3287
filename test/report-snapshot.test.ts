import { cpSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSnapshot } from '../scripts/report-snapshot.ts';
import { git, makeGitRepo, removeRepo } from './helpers/git-repo.ts';

// Every fixture's JSON report (and content/'s) is pinned byte for byte, and
// the same with a cold and a warm cache: a change to how the engine is put
// together must leave every finding as it was. A change meant to alter
// findings updates these files with `npx vitest run test/report-snapshot.test.ts -u`
// and shows the difference in its diff. Each fixture is checked as a
// repository of its own (one commit of a copy), so its report does not
// depend on the files and history of statusdocs itself: references resolve
// against git's file list.
const fixtures = readdirSync(new URL('fixtures/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .sort();

const FIXTURE_COMMIT = {
  GIT_AUTHOR_NAME: 'Fixture',
  GIT_AUTHOR_EMAIL: 'fixture@example.com',
  GIT_AUTHOR_DATE: '2026-11-01T12:00:00Z',
  GIT_COMMITTER_NAME: 'Fixture',
  GIT_COMMITTER_EMAIL: 'fixture@example.com',
  GIT_COMMITTER_DATE: '2026-11-01T12:00:00Z',
};

describe('JSON report snapshots', () => {
  it.each(fixtures)('fixture %s', async (name) => {
    const dir = makeGitRepo([]);
    try {
      cpSync(`test/fixtures/${name}`, dir, { recursive: true });
      git(dir, ['add', '--all']);
      git(dir, ['commit', '--quiet', '-m', name], FIXTURE_COMMIT);
      const report = await reportSnapshot(dir);
      await expect(report).toMatchFileSnapshot(`report-snapshots/${name}.json`);
    } finally {
      removeRepo(dir);
    }
  });

  it('content/', async () => {
    const report = await reportSnapshot('content');
    await expect(report).toMatchFileSnapshot('report-snapshots/content.json');
  });
});
