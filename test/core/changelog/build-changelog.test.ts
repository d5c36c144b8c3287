import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangelog, buildRangeRelease } from '../../../src/core/changelog/build-changelog.ts';
import { formatChangelogAtom } from '../../../src/core/changelog/format-changelog-atom.ts';
import { formatChangelogJson } from '../../../src/core/changelog/format-changelog-json.ts';
import { formatChangelogMarkdown } from '../../../src/core/changelog/format-changelog-markdown.ts';
import { pickRange, releaseVersions } from '../../../src/core/changelog/release-versions.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import type { History } from '../../../src/core/history/history.ts';
import { readHistory } from '../../../src/core/history/read-history.ts';
import { makeGitRepo, removeRepo } from '../../helpers/git-repo.ts';
import { SCRIPTED_HISTORY } from '../history/scripted-history.ts';

let repo: string;
let monthly: History;
let tagsOnly: History;

beforeAll(async () => {
  repo = makeGitRepo(SCRIPTED_HISTORY);
  const root = path.join(repo, 'content');
  monthly = await readHistory(root, configSchema.parse({ versions: { every: 'month' } }));
  tagsOnly = await readHistory(root, configSchema.parse({}));
});

afterAll(async () => {
  await monthly.close();
  await tagsOnly.close();
  removeRepo(repo);
});

function range(history: History, from?: string, to?: string) {
  const picked = pickRange(history.versions, from, to);
  if (typeof picked === 'string') throw new Error(picked);
  return picked;
}

describe('changelog between v1 and v2', () => {
  it('lists added, changed, deprecated and removed docs as JSON', async () => {
    const release = await buildRangeRelease(tagsOnly, range(tagsOnly, 'v1', 'v2'));
    expect(JSON.parse(formatChangelogJson([release], tagsOnly.notes))).toEqual({
      version: 1,
      notes: [],
      releases: [
        {
          version: 'v2',
          previous: 'v1',
          date: '2025-03-20',
          commit: tagsOnly.commits[6]?.short,
          added: [
            { key: 'reports/summary.md', path: 'reports/summary.md', title: 'Summary report' },
          ],
          renamed: [],
          changed: [
            {
              key: 'STATUS.md',
              path: 'STATUS.md',
              title: 'API Status',
              status: {
                from: 'active',
                to: 'done',
                fromText: '🟡 In Progress',
                toText: '✅ Complete',
              },
              deltas: [
                {
                  metric: 'coverage',
                  from: 42,
                  to: 61,
                  change: 19,
                  unit: '%',
                  text: 'coverage 42% → 61% (+19)',
                },
                {
                  metric: 'tasks.done',
                  from: 2,
                  to: 4,
                  change: 2,
                  unit: '',
                  total: 4,
                  text: 'tasks 2/4 → 4/4 (+2)',
                },
              ],
              tasksCompleted: ['Write integration tests', 'Ship v2'],
              entries: [
                { date: '2025-03-20', text: 'Shipped v2', line: 17 },
                { date: '2025-03-04', text: 'Integration tests written', line: 18 },
                { date: '2025-02-25', text: 'Auth finished', line: 19 },
              ],
            },
            {
              key: 'plans/auth.md',
              path: 'plans/auth.md',
              from: 'plans/auth-plan.md',
              title: 'Auth plan',
              status: { from: 'active', to: 'done', fromText: 'active', toText: 'done' },
              deltas: [
                {
                  metric: 'completion',
                  from: 20,
                  to: 100,
                  change: 80,
                  unit: '%',
                  text: 'completion 20% → 100% (+80)',
                },
              ],
              tasksCompleted: [],
              entries: [],
            },
          ],
          retired: [
            {
              key: 'archive/week-1.md',
              path: 'archive/week-1.md',
              title: 'Week 1 report',
              from: 'reports/week-1.md',
              archived: true,
              superseded: true,
              supersededBy: 'reports/summary.md',
            },
          ],
          removed: [{ key: 'notes/scratch.md', path: 'notes/scratch.md', title: 'Scratch' }],
        },
      ],
    });
  });

  it('defaults to the last two versions (the working tree is not one when it equals v2)', () => {
    const picked = range(tagsOnly);
    expect([picked.from?.name, picked.to.name]).toEqual(['v1', 'v2']);
    expect(releaseVersions(tagsOnly.versions).map((version) => version.name)).toEqual(['v1', 'v2']);
  });

  it('refuses unknown versions and backwards ranges', () => {
    expect(pickRange(tagsOnly.versions, 'v3', undefined)).toBe('Unknown version `v3`');
    expect(pickRange(tagsOnly.versions, 'v2', 'v1')).toBe('Version `v2` comes after `v1`');
  });
});

describe('the whole changelog', () => {
  it('walks tags and monthly snapshots, newest first, in Keep a Changelog layout', async () => {
    const releases = await buildChangelog(monthly);
    expect(formatChangelogMarkdown(releases)).toBe(
      [
        '## v2 - 2025-03-20',
        '',
        '### Added',
        '',
        '- Summary report (`reports/summary.md`)',
        '',
        '### Changed',
        '',
        '- API Status (`STATUS.md`): status active → done; coverage 42% → 61% (+19); tasks 2/4 → 4/4 (+2)',
        '  - Completed: Write integration tests',
        '  - Completed: Ship v2',
        '  - 2025-03-20: Shipped v2',
        '  - 2025-03-04: Integration tests written',
        '',
        '### Deprecated',
        '',
        '- Week 1 report (`archive/week-1.md`): archived from `reports/week-1.md`; superseded by `reports/summary.md`',
        '',
        '### Removed',
        '',
        '- Scratch (`notes/scratch.md`)',
        '',
        '## 2025-02 - 2025-02-25',
        '',
        '### Changed',
        '',
        '- Auth plan (`plans/auth.md`): renamed from `plans/auth-plan.md`; status active → done; completion 20% → 100% (+80)',
        '',
        '## v1 - 2025-02-03',
        '',
        'No changes to the docs.',
        '',
        '## 2025-01 - 2025-01-20',
        '',
        '### Added',
        '',
        '- API Status (`STATUS.md`)',
        '- Scratch (`notes/scratch.md`)',
        '- Auth plan (`plans/auth-plan.md`)',
        '- Week 1 report (`reports/week-1.md`)',
        '',
      ].join('\n'),
    );
    expect(releases.map((release) => [release.version, release.previous])).toEqual([
      ['v2', '2025-02'],
      ['2025-02', 'v1'],
      ['v1', '2025-01'],
      ['2025-01', null],
    ]);
  });

  it('is also an Atom feed, one entry per release', async () => {
    const releases = await buildChangelog(tagsOnly);
    const feed = formatChangelogAtom(releases, {
      title: 'Status <docs>',
      url: 'https://example.com/status',
      fallbackDate: '2025-03-20',
    });
    expect(feed.split('\n').slice(0, 11)).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '  <title>Status &lt;docs&gt;</title>',
      '  <id>https://example.com/status/</id>',
      '  <link href="https://example.com/status/"/>',
      '  <updated>2025-03-20T00:00:00Z</updated>',
      '  <entry>',
      '    <title>v2 - 2025-03-20</title>',
      '    <id>https://example.com/status/changelog/#v2</id>',
      '    <link href="https://example.com/status/changelog/#v2"/>',
      '    <updated>2025-03-20T00:00:00Z</updated>',
    ]);
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain('<content type="text">## v2 - 2025-03-20\n\n### Added');
  });
});
