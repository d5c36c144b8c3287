import type { ScriptedCommit } from '../../helpers/git-repo.ts';

/** The API status tracker at one point: legacy header lines, body metrics, a task list. */
function status(options: {
  status: string;
  updated: string;
  coverage: number;
  done: number;
  log?: string[];
}): string {
  const tasks = ['Design the schema', 'Implement endpoints', 'Write integration tests', 'Ship v2'];
  const lines = tasks.map((task, index) => `- [${index < options.done ? 'x' : ' '}] ${task}`);
  const log = options.log
    ? ['', '## Change Log', '', ...options.log.map((entry) => `- ${entry}`)]
    : [];
  return [
    '# API Status',
    '',
    `**Status**: ${options.status}`,
    `**Last Updated**: ${options.updated}`,
    '',
    `Coverage: ${options.coverage}%`,
    '',
    '## Tasks',
    '',
    ...lines,
    ...log,
    '',
  ].join('\n');
}

function plan(status: string, completion: number): string {
  return `---\ntitle: Auth plan\nkind: plan\nstatus: ${status}\ndate: 2025-01-06\nmetrics:\n  completion: ${completion}\n---\n\n# Auth plan\n\nLog in with tokens.\n`;
}

const OLD_REPORT = `---\ntitle: Week 1 report\nkind: report\nstatus: done\ndate: 2025-01-06\n---\n\n# Week 1 report\n\nStarted.\n`;
const ARCHIVED_REPORT = `---\ntitle: Week 1 report\nkind: report\nstatus: superseded\ndate: 2025-01-06\nsuperseded_by: reports/summary.md\n---\n\n# Week 1 report\n\nStarted.\n`;
const SUMMARY = `---\ntitle: Summary report\nkind: report\nstatus: done\ndate: 2025-03-05\nsupersedes: archive/week-1.md\n---\n\n# Summary report\n\nEverything so far.\n`;

/**
 * Three months of a small project's status docs (content root `content/`):
 * tags v1 (Feb 3) and v2 (Mar 20), a renamed plan, a report archived and
 * superseded, coverage rising, tasks checked off, a scratch note removed,
 * and a dated change log in the tracker.
 */
export const SCRIPTED_HISTORY: ScriptedCommit[] = [
  {
    date: '2025-01-06T10:00:00+00:00',
    author: 'Alice',
    message: 'Start tracking',
    write: {
      'content/STATUS.md': status({
        status: '🟡 In Progress',
        updated: '2025-01-06',
        coverage: 40,
        done: 1,
      }),
      'content/plans/auth-plan.md': plan('active', 20),
      'content/reports/week-1.md': OLD_REPORT,
      'content/notes/scratch.md': '# Scratch\n\nIdeas.\n',
      'README.md': '# Project\n',
    },
  },
  {
    date: '2025-01-20T10:00:00+00:00',
    author: 'Bob',
    message: 'Coverage up, endpoints done',
    write: {
      'content/STATUS.md': status({
        status: '🟡 In Progress',
        updated: '2025-01-20',
        coverage: 42,
        done: 2,
      }),
    },
  },
  {
    date: '2025-02-03T10:00:00+00:00',
    author: 'Alice',
    message: 'Release 1',
    write: { 'src/app.txt': 'v1\n' },
    tag: 'v1',
  },
  {
    date: '2025-02-14T10:00:00+00:00',
    author: 'Bob',
    message: 'Shorter plan name',
    move: [['content/plans/auth-plan.md', 'content/plans/auth.md']],
  },
  {
    date: '2025-02-25T10:00:00+00:00',
    author: 'Alice',
    message: 'Auth done',
    write: { 'content/plans/auth.md': plan('done', 100) },
  },
  {
    date: '2025-03-05T10:00:00+00:00',
    author: 'Alice',
    message: 'Archive week 1, add summary',
    move: [['content/reports/week-1.md', 'content/archive/week-1.md']],
    write: {
      'content/archive/week-1.md': ARCHIVED_REPORT,
      'content/reports/summary.md': SUMMARY,
      'content/STATUS.md': status({
        status: '🟡 In Progress',
        updated: '2025-03-05',
        coverage: 55,
        done: 3,
        log: ['Integration tests written (Mar 4)', 'Auth finished (Feb 25)', 'Started (Jan 6)'],
      }),
    },
  },
  {
    date: '2025-03-20T10:00:00+00:00',
    author: 'Bob',
    message: 'Release 2',
    remove: ['content/notes/scratch.md'],
    write: {
      'content/STATUS.md': status({
        status: '✅ Complete',
        updated: '2025-03-20',
        coverage: 61,
        done: 4,
        log: [
          'Shipped v2 (Mar 20)',
          'Integration tests written (Mar 4)',
          'Auth finished (Feb 25)',
          'Started (Jan 6)',
        ],
      }),
    },
    tag: 'v2',
  },
];
