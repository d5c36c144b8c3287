// The "History and versions" section of `npm run bench`: git repositories
// generated from one corpus (`history-repo.mjs`) at several commit counts,
// and on them
//   - the git reader alone (`git-reader.mjs`: `readHistory`), at each count,
//     to show it grows with commits, not commits × docs;
//   - `statusdocs changelog --all`, at each count;
//   - the versioned build (every tag a version under `/v/<name>/`) against
//     the single-version build of the same docs, at the largest count: the
//     same repository with versions turned off, and its docs outside git.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHistoryRepo } from './history-repo.mjs';
import { markdownTable, measure, median, medians, megabytes, ratio, seconds } from './measure.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));

/** Ids of the section's tasks, for `--only`. */
export const HISTORY_TASKS = [
  'history-reader',
  'history-changelog',
  'history-build-plain',
  'history-build-single',
  'history-build-versioned',
];
const TODAY = { STATUSDOCS_TODAY: '2026-01-15' };

/**
 * Run the section; resolves to its Markdown (empty when no task of it is selected).
 *
 * @param {{
 *   work: string, code: string, corpus: string, commits: number[], versions: number,
 *   churn: number, editsPerCommit: number, runs: number, buildRuns: number,
 *   selected: (id: string) => boolean,
 * }} options
 *   `work`: scratch folder; `code`: the snapshot of statusdocs; `corpus`: the docs;
 *   `runs`: measured runs of the reader and changelog (after a warm-up);
 *   `buildRuns`: measured runs of each build.
 */
export async function benchHistory(options) {
  const { work, code, selected } = options;
  const wantReader = selected('history-reader');
  const wantChangelog = selected('history-changelog');
  const wantBuilds = ['plain', 'single', 'versioned'].some((id) => selected(`history-build-${id}`));
  if (!wantReader && !wantChangelog && !wantBuilds) return '';
  const counts = [...new Set(options.commits)].sort((a, b) => a - b);
  const largest = counts.at(-1);
  const repos = new Map();
  const generated = [];
  for (const commits of wantReader || wantChangelog ? counts : [largest]) {
    const repo = path.join(work, `history-${commits}`);
    const started = performance.now();
    const info = buildHistoryRepo(options.corpus, repo, {
      commits,
      tags: options.versions,
      churn: options.churn,
      perCommit: options.editsPerCommit,
    });
    const took = (performance.now() - started) / 1000;
    process.stderr.write(
      `  generated ${commits} commits with git fast-import in ${seconds(took)}\n`,
    );
    repos.set(commits, repo);
    generated.push({ ...info, took });
  }
  const cli = path.join(code, 'bin', 'statusdocs.mjs');
  const sections = [describeRepos(generated, options)];
  if (wantReader || wantChangelog) {
    sections.push(await benchReaders(options, counts, repos, cli, wantReader, wantChangelog));
  }
  if (wantBuilds) sections.push(await benchBuilds(options, repos.get(largest), largest, cli));
  return sections.join('\n');
}

function describeRepos(generated, options) {
  const first = generated[0];
  const between = [...new Set(generated.flatMap((info) => info.changedBetweenTags))];
  return [
    `Git repositories of the ${first.docs.toLocaleString('en-US')}-doc corpus (\`bench/history-repo.mjs\`,`,
    `\`git fast-import\`): one commit adds every doc, each later commit edits`,
    `${first.perCommit} ${first.perCommit === 1 ? 'doc' : 'docs'}, and ${first.tags} tags \`v1\`…\`v${first.tags}\` are spread evenly, the`,
    `last on the newest commit. Between two tags the edits stay within ${Math.round(options.churn * 100)}% of`,
    `the docs (${between.join(', ')} docs changed from one tag to the next).`,
    `Generated in ${generated.map((info) => `${seconds(info.took)} (${info.commits.toLocaleString('en-US')} commits)`).join(', ')}.`,
    '',
  ].join('\n');
}

/** The reader and the changelog at each commit count, alternating run by run after a warm-up. */
async function benchReaders(options, counts, repos, cli, wantReader, wantChangelog) {
  const { work, code, runs } = options;
  const tasks = counts.flatMap((commits) => {
    const repo = repos.get(commits);
    const out = path.join(work, `reader-${commits}.json`);
    return [
      ...(wantReader
        ? [
            {
              kind: 'reader',
              commits,
              editsPerCommit: options.editsPerCommit,
              out,
              command: {
                file: process.execPath,
                args: [path.join(BENCH, 'git-reader.mjs'), code, repo, out],
                cwd: path.join(work, 'reader-cwd'),
              },
            },
          ]
        : []),
      ...(wantChangelog
        ? [
            {
              kind: 'changelog',
              commits,
              command: {
                file: process.execPath,
                args: [cli, 'changelog', repo, '--all', '--format', 'json'],
                cwd: path.join(work, 'changelog-cwd'),
                env: TODAY,
              },
            },
          ]
        : []),
    ];
  });
  for (const task of tasks) task.samples = [];
  for (let round = 0; round <= runs; round++) {
    for (const task of tasks) {
      const sample = await measure(task.command, work);
      if (task.kind === 'reader') sample.read = JSON.parse(readFileSync(task.out, 'utf8'));
      // Round 0 is the warm-up: it fills the OS's and V8's caches and is not counted.
      if (round > 0) task.samples.push(sample);
      process.stderr.write(
        `  history, ${round === 0 ? 'warm-up' : `run ${round}/${runs}`}, ${task.kind} at ${task.commits} commits: ${seconds(sample.wall)}\n`,
      );
    }
  }
  const lines = [];
  const readers = tasks.filter((task) => task.kind === 'reader');
  if (readers.length > 0) lines.push(readerTable(readers), '');
  const changelogs = tasks.filter((task) => task.kind === 'changelog');
  if (changelogs.length > 0) lines.push(changelogTable(changelogs), '');
  return lines.join('\n');
}

function readerTable(readers) {
  const rows = readers.map((task) => {
    const { wall, cpu, rss } = medians(task.samples);
    const read = task.samples.at(-1).read;
    task.median = { wall, cpu, readMs: median(task.samples.map((s) => s.read.readMs)) };
    return [
      read.docs.toLocaleString('en-US'),
      task.commits.toLocaleString('en-US'),
      read.revisions.toLocaleString('en-US'),
      String(read.versions),
      seconds(wall),
      seconds(cpu),
      megabytes(rss),
      seconds(task.median.readMs / 1000),
      String(read.gitProcesses),
    ];
  });
  const lines = [
    '### The git reader alone',
    '',
    '`readHistory` with the default config (`bench/git-reader.mjs`): one',
    '`git log` pass, one `cat-file --batch`, and the working tree read and',
    'hashed as "latest". Wall, CPU and RSS are of the whole process (Node’s',
    'start and module loading included, git’s CPU included); "in readHistory"',
    'is the time inside the call. Target: ≤ 3 s for 2,000 commits × 1,000 docs.',
    '',
    markdownTable(
      [
        'docs',
        'commits',
        'doc revisions',
        'versions',
        'wall',
        'CPU',
        'peak RSS',
        'in readHistory',
        'git processes',
      ],
      rows,
    ),
  ];
  const [first, last] = [readers[0], readers.at(-1)];
  if (first !== last) {
    const commits = last.commits / first.commits;
    const growth = (key) => ratio(last.median[key], first.median[key]);
    const perCommit = (key, scale) =>
      last.median[key] === undefined || first.median[key] === undefined
        ? 'n/a'
        : `${(((last.median[key] - first.median[key]) * scale) / (last.commits - first.commits)).toFixed(2)} ms`;
    lines.push(
      '',
      `From ${first.commits.toLocaleString('en-US')} to ${last.commits.toLocaleString('en-US')} commits (${commits.toFixed(2)}× the commits, the same docs),`,
      `CPU grew ${growth('cpu')} and the time in readHistory ${growth('readMs')}: each added commit`,
      `(editing ${first.editsPerCommit} of the ${first.samples.at(-1).read.docs.toLocaleString('en-US')} docs) cost ${perCommit('cpu', 1000)} of CPU and`,
      `${perCommit('readMs', 1)} in readHistory. The rest is a fixed cost that does not`,
      'grow with the commits: Node’s start, reading and hashing the working tree.',
    );
  }
  return lines.join('\n');
}

function changelogTable(changelogs) {
  const rows = changelogs.map((task) => {
    const { wall, cpu, rss } = medians(task.samples);
    return [task.commits.toLocaleString('en-US'), seconds(wall), seconds(cpu), megabytes(rss)];
  });
  return [
    '### `statusdocs changelog --all --format json`',
    '',
    'Reads all history and assembles the changelog of every version.',
    '',
    markdownTable(['commits', 'wall', 'CPU', 'peak RSS'], rows),
  ].join('\n');
}

/**
 * The versioned build against two single-version builds of the same docs:
 * the same repository with `versions.tags: false` (history, no versions),
 * and its working tree copied outside git (no history at all). All cold.
 * One warm-up of the cheapest build fills the OS's and V8's caches; then
 * the three alternate run by run.
 */
async function benchBuilds(options, repo, commits, cli) {
  const { work, buildRuns, selected } = options;
  const plain = path.join(work, 'history-plain');
  cpSync(repo, plain, { recursive: true, filter: (from) => path.basename(from) !== '.git' });
  const configs = path.join(work, 'history-configs');
  mkdirSync(configs, { recursive: true });
  const configFile = (name, versions) => {
    const file = path.join(configs, `${name}.json`);
    writeFileSync(file, `${JSON.stringify({ versions })}\n`);
    return file;
  };
  const noVersions = configFile('no-versions', { tags: false });
  const tagVersions = configFile('tag-versions', { tags: 'v*' });
  const tasks = [
    { id: 'plain', label: 'single version, docs outside git', docs: plain, config: noVersions },
    {
      id: 'single',
      label: 'single version, same repository (`versions.tags: false`)',
      docs: repo,
      config: noVersions,
    },
    {
      id: 'versioned',
      label: `versioned (\`versions.tags: "v*"\`)`,
      docs: repo,
      config: tagVersions,
    },
  ]
    .filter((task) => selected(`history-build-${task.id}`))
    .map((task) => ({ ...task, samples: [] }));
  const dir = (task, name) => path.join(work, `history-build-${task.id}-${name}`);
  const run = async (task) => {
    // Cold: no output, no Astro cache, no check cache.
    for (const name of ['out', 'cache', 'cwd'])
      rmSync(dir(task, name), { recursive: true, force: true });
    const sample = await measure(
      {
        file: process.execPath,
        args: [
          cli,
          'build',
          task.docs,
          '--out',
          dir(task, 'out'),
          '--fail-on',
          'never',
          '--config',
          task.config,
        ],
        cwd: dir(task, 'cwd'),
        env: { ...TODAY, STATUSDOCS_CACHE_DIR: dir(task, 'cache') },
      },
      work,
    );
    sample.pages = countPages(dir(task, 'out'));
    return sample;
  };
  const warmUp = await run(tasks[0]);
  process.stderr.write(`  history, warm-up, build ${tasks[0].id}: ${seconds(warmUp.wall)}\n`);
  for (let round = 1; round <= buildRuns; round++) {
    for (const task of tasks) {
      const sample = await run(task);
      task.samples.push(sample);
      process.stderr.write(
        `  history, run ${round}/${buildRuns}, build ${task.id}: ${seconds(sample.wall)} (${sample.pages} pages)\n`,
      );
    }
  }
  for (const task of tasks) Object.assign(task, medians(task.samples));
  const base = (id) => tasks.find((task) => task.id === id);
  const rows = tasks.map((task) => [
    task.label,
    task.samples.at(-1).pages.toLocaleString('en-US'),
    seconds(task.wall),
    seconds(task.cpu),
    megabytes(task.rss),
    ratio(task.wall, base('single')?.wall),
    ratio(task.cpu, base('single')?.cpu),
    ratio(task.wall, base('plain')?.wall),
    ratio(task.cpu, base('plain')?.cpu),
  ]);
  return [
    '### Versioned build',
    '',
    `\`statusdocs build --fail-on never\`, cold, on the repository of ${commits.toLocaleString('en-US')} commits: the`,
    'versioned build makes a page for every doc of every version; the',
    'single-version builds make the latest pages alone, with history (revisions,',
    'charts, changelog) or, outside git, without. Target: versioned ≤ 3× the',
    `single-version build. ${buildRuns === 1 ? 'One run' : `Medians of ${buildRuns} runs`} after one warm-up of the first build.`,
    '',
    markdownTable(
      [
        'build',
        'pages',
        'wall',
        'CPU',
        'peak RSS',
        'wall ÷ single',
        'CPU ÷ single',
        'wall ÷ no git',
        'CPU ÷ no git',
      ],
      rows,
    ),
    '',
  ].join('\n');
}

/** HTML pages written under `dir`. */
function countPages(dir) {
  return readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html'))
    .length;
}
