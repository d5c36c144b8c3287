#!/usr/bin/env node
// `npm run bench [-- --sizes 1000,5000 --runs 3]`: statusdocs against a
// plain Astro 7 baseline, side by side in one run, on the same generated
// corpora. Every task gets one warm-up, then the tasks alternate run by run
// so that machine noise hits them alike; medians and ratios to the baseline
// are printed and written to bench/RESULTS.md with the issue's speed
// targets (`targets.mjs`), met or by how much not. Then history and versions
// (`history-bench.mjs`): the git reader and the versioned build on generated
// git repositories.
//
// Options:
//   --sizes 1000,5000       corpus sizes of the main table
//   --runs 3                measured runs of each task, after one warm-up
//   --seed 42               corpus generator seed
//   --only <ids>            run only tasks whose id starts with one of these
//                           (baseline, check-cold, build-warm, …, history,
//                           history-reader, history-changelog, history-build)
//   --no-history            skip the history and versions section (the last
//                           run's section is kept, marked as earlier)
//   --history-docs 1000     docs in the git repositories
//   --commits 1000,2000     commit counts; the reader and changelog run at
//                           each, the builds at the largest
//   --versions 10           tags (versions), spread evenly over the commits
//   --churn 0.1             share of the docs edited between two tags
//   --edits-per-commit 1    docs each commit edits
//   --history-runs 1        measured runs of each build of the section
//   --no-write              print the results without writing RESULTS.md
//   --source                run the checkout's TypeScript sources instead of
//                           the package `npm pack` makes (the default)
//
// RESULTS.md is rewritten, except its hand-written part: everything from the
// line `## Profile` on is kept as it was (what dominates, and why).
//
// Measurements: see measure.mjs (`/usr/bin/time`: wall, CPU, peak RSS).

import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchHistory, HISTORY_TASKS } from './history-bench.mjs';
import { TARGET_HEADER, targetRows } from './targets.mjs';
import {
  HAS_TIME,
  markdownTable,
  measure,
  medians,
  megabytes,
  ratio,
  seconds,
} from './measure.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH);

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'no-history': { type: 'boolean', default: false },
    source: { type: 'boolean', default: false },
    'history-docs': { type: 'string', default: '1000' },
    commits: { type: 'string', default: '1000,2000' },
    versions: { type: 'string', default: '10' },
    churn: { type: 'string', default: '0.1' },
    'edits-per-commit': { type: 'string', default: '1' },
    'history-runs': { type: 'string', default: '1' },
  },
});
const counts = (text) => text.split(',').map((count) => Number(count));
const sizes = counts(values.sizes);
const runs = Math.max(1, Number.parseInt(values.runs, 10));
const seed = Number.parseInt(values.seed, 10);
const history = {
  docs: Number(values['history-docs']),
  commits: counts(values.commits),
  versions: Number(values.versions),
  churn: Number(values.churn),
  editsPerCommit: Number(values['edits-per-commit']),
  buildRuns: Number(values['history-runs']),
};
const positive = (number) => Number.isInteger(number) && number >= 1;
if (
  ![...sizes, ...history.commits, history.docs, history.versions].every(positive) ||
  ![history.editsPerCommit, history.buildRuns].every(positive) ||
  !Number.isInteger(seed) ||
  !(history.churn > 0 && history.churn <= 1)
) {
  console.error(
    'usage: npm run bench [-- --sizes 1000,5000 --runs 3 --seed 42 --no-history\n' +
      '  --history-docs 1000 --commits 1000,2000 --versions 10 --churn 0.1\n' +
      '  --edits-per-commit 1 --history-runs 1 --only <task ids> --no-write --source]',
  );
  process.exit(2);
}
/** Whether the task `id` runs: every task, or those `--only` names by a prefix. */
const selected = (id) =>
  !values.only || values.only.split(',').some((prefix) => id.startsWith(prefix));

const work = mkdtempSync(path.join(os.tmpdir(), 'statusdocs-bench-'));
// Astro's prerender chunks import packages from next to the output folder;
// this link lets outputs live in temp dirs, never in the repository.
symlinkSync(path.join(REPO, 'node_modules'), path.join(work, 'node_modules'), 'dir');
// statusdocs runs as users run it: the package `npm pack` makes (its
// `prepack` compiles src/ to lib/), unpacked into a scratch install where
// the repository's node_modules provide its dependencies (`work/node_modules`
// above). That is also a snapshot: edits to the working tree during a long
// bench cannot mix versions or invalidate the warm caches. With `--source`,
// a copy of the checkout runs its TypeScript sources instead (Node strips
// the types of every module on each start), as `node bin/statusdocs.mjs`
// does in a clone.
const CODE = values.source ? snapshotSources() : installPackage();
// The baseline too, so Astro's generated `.astro/` types stay out of the repository.
const BASELINE = path.join(work, 'baseline-astro');
cpSync(path.join(BENCH, 'baseline-astro'), BASELINE, {
  recursive: true,
  filter: (from) => !/[\\/](?:node_modules|\.astro|dist)$/.test(from),
});
const LOAD = os.loadavg();

/** The tasks, in the order they alternate within one round. */
const TASKS = [
  {
    id: 'baseline',
    label: 'plain Astro 7 build (baseline)',
    prepare: (ctx) => wipe(ctx.dir('baseline-out'), ctx.dir('baseline-cache')),
    command: (ctx) => ({
      file: 'npm',
      args: ['run', 'build', '--silent', '--prefix', BASELINE],
      env: {
        CORPUS: ctx.corpus,
        BENCH_OUT_DIR: ctx.dir('baseline-out'),
        BENCH_CACHE_DIR: ctx.dir('baseline-cache'),
      },
    }),
  },
  {
    id: 'check-cold',
    label: '`statusdocs check`, cold (no cache)',
    prepare: (ctx) => wipe(path.join(ctx.dir('check'), '.statusdocs')),
    command: (ctx) => checkCommand(ctx),
  },
  {
    id: 'check-warm',
    label: '`statusdocs check`, warm (cache present)',
    prepare: () => {},
    command: (ctx) => checkCommand(ctx),
  },
  {
    id: 'build-cold',
    label: '`statusdocs build`, cold',
    // Nothing kept: no output, no Astro cache, no check cache.
    prepare: (ctx) =>
      wipe(
        ctx.dir('site-out'),
        ctx.dir('site-cache'),
        path.join(ctx.dir('site-cwd'), '.statusdocs'),
      ),
    command: (ctx) => buildCommand(ctx),
  },
  {
    id: 'build-warm',
    label: '`statusdocs build`, warm, nothing changed (up to date: check only)',
    prepare: () => {},
    command: (ctx) => buildCommand(ctx),
  },
  {
    id: 'build-1pct',
    label: '`statusdocs build`, warm, 1% of docs changed',
    prepare: (ctx) => touchOnePercent(ctx),
    command: (ctx) => buildCommand(ctx),
  },
].filter((task) => selected(task.id));

/** The package as `npm pack` makes it, unpacked where an install would put it; its folder. */
function installPackage() {
  process.stderr.write('Packing statusdocs (npm pack, which compiles lib/)…\n');
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (packed.status !== 0) throw new Error('`npm pack` failed');
  const [{ filename }] = JSON.parse(packed.stdout);
  const code = path.join(work, 'install', 'node_modules', 'statusdocs');
  mkdirSync(code, { recursive: true });
  const unpacked = spawnSync('tar', [
    '-xzf',
    path.join(work, filename),
    '-C',
    code,
    '--strip-components=1',
  ]);
  if (unpacked.status !== 0) throw new Error(`Unpacking ${filename} failed`);
  return code;
}

/** A copy of the checkout's sources (`--source`); its folder. */
function snapshotSources() {
  const code = path.join(work, 'statusdocs');
  for (const entry of ['bin', 'src', 'public', 'package.json', 'tsconfig.json']) {
    if (existsSync(path.join(REPO, entry))) {
      cpSync(path.join(REPO, entry), path.join(code, entry), { recursive: true });
    }
  }
  cpSync(
    path.join(BENCH, 'site.astro.config.mjs'),
    path.join(code, 'bench', 'site.astro.config.mjs'),
  );
  return code;
}

function checkCommand(ctx) {
  return {
    file: process.execPath,
    args: [path.join(CODE, 'bin', 'statusdocs.mjs'), 'check', ctx.corpus, '--format', 'json'],
    cwd: ctx.dir('check'),
    env: { STATUSDOCS_TODAY: '2026-01-15' },
  };
}

// `statusdocs build` when the snapshot has it; before that command existed,
// this repository's Astro site pointed at the corpus (bench/site.astro.config.mjs).
const HAS_BUILD =
  existsSync(path.join(CODE, 'src', 'cli', 'commands', 'build.ts')) ||
  existsSync(path.join(CODE, 'lib', 'cli', 'commands', 'build.js'));

function buildCommand(ctx) {
  const env = { STATUSDOCS_TODAY: '2026-01-15', BENCH_CACHE_DIR: ctx.dir('site-cache') };
  if (HAS_BUILD) {
    return {
      file: process.execPath,
      args: [
        path.join(CODE, 'bin', 'statusdocs.mjs'),
        'build',
        ctx.siteCorpus,
        '--out',
        ctx.dir('site-out'),
        '--fail-on',
        'never',
      ],
      cwd: ctx.dir('site-cwd'),
      env: { ...env, STATUSDOCS_CACHE_DIR: ctx.dir('site-cache') },
    };
  }
  return {
    file: process.execPath,
    args: [
      path.join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'build',
      '--root',
      CODE,
      '--config',
      'bench/site.astro.config.mjs',
    ],
    env: { ...env, STATUSDOCS_CONTENT: ctx.siteCorpus, BENCH_OUT_DIR: ctx.dir('site-out') },
  };
}

function wipe(...dirs) {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

/** Change 1% of the site corpus (at least one doc), different docs each round. */
function touchOnePercent(ctx) {
  const count = Math.max(1, Math.ceil(ctx.docs.length / 100));
  ctx.edits++;
  for (let index = 0; index < count; index++) {
    const doc = ctx.docs[(ctx.edits * count + index) % ctx.docs.length];
    appendFileSync(path.join(ctx.siteCorpus, doc), `\nBench edit ${ctx.edits}.\n`);
  }
}

/** The corpus of `size` docs, generated once and kept in bench/.corpus/. */
function corpusOf(size) {
  const dir = path.join(BENCH, '.corpus', `n${size}-s${seed}`);
  // The generator writes the broken-links list last: its presence means complete.
  if (!existsSync(`${dir}.broken-links.json`)) {
    mkdirSync(path.dirname(dir), { recursive: true });
    const result = spawnSync(
      process.execPath,
      [path.join(BENCH, 'gen-corpus.mjs'), dir, String(size), String(seed)],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (result.status !== 0) throw new Error(`Generating the ${size}-doc corpus failed`);
  }
  return dir;
}

function listDocs(root, prefix = '') {
  return readdirSync(path.join(root, prefix), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listDocs(root, path.posix.join(prefix, entry.name))
        : entry.name.endsWith('.md')
          ? [path.posix.join(prefix, entry.name)]
          : [],
    )
    .sort();
}

async function benchSize(size) {
  const corpus = corpusOf(size);
  const ctx = {
    corpus,
    siteCorpus: path.join(work, `site-corpus-${size}`),
    docs: listDocs(corpus),
    edits: 0,
    dir: (name) => path.join(work, `${name}-${size}`),
  };
  cpSync(corpus, ctx.siteCorpus, { recursive: true });
  const samples = new Map(TASKS.map((task) => [task.id, []]));
  for (let round = 0; round <= runs; round++) {
    for (const task of TASKS) {
      task.prepare(ctx);
      const sample = await measure(task.command(ctx), work);
      // Round 0 is the warm-up: it fills caches and is not counted.
      if (round > 0) samples.get(task.id).push(sample);
      process.stderr.write(
        `  ${size} docs, ${round === 0 ? 'warm-up' : `run ${round}/${runs}`}, ${task.id}: ${seconds(sample.wall)}\n`,
      );
    }
  }
  const rows = TASKS.map((task) => ({ task, ...medians(samples.get(task.id)) }));
  const base = rows.find((row) => row.task.id === 'baseline');
  const byTask = new Map(rows.map((row) => [row.task.id, row]));
  const table = rows.map((row) => [
    size.toLocaleString('en-US'),
    row.task.label,
    seconds(row.wall),
    seconds(row.cpu),
    megabytes(row.rss),
    ratio(row.wall, base?.wall),
    ratio(row.cpu, base?.cpu),
    ratio(row.rss, base?.rss),
  ]);
  return { table, byTask };
}

/**
 * RESULTS.md from what was measured so far (unless `--no-write`); `pending`
 * names the sizes still to come. Returns the Markdown.
 */
function report(rows, bySize, historySection, pending) {
  const targets = targetRows(bySize);
  const markdown = [
    '# Benchmark results',
    '',
    'Written by `npm run bench`; do not edit by hand. Ratios compare each task',
    'with the plain Astro 7 baseline (`bench/baseline-astro/`) on the same',
    'corpus (`bench/gen-corpus.mjs`) in the same run.',
    '',
    machine(),
    ...(pending.length > 0
      ? [`- Still running: ${pending.map((size) => size.toLocaleString('en-US')).join(', ')} docs`]
      : []),
    '',
    ...(rows.length > 0 ? [markdownTable(TABLE_HEADER, rows), ''] : []),
    ...(targets.length > 0
      ? [
          '## Targets',
          '',
          'The speed targets of issue 18, read from the medians above (ratios of',
          'wall times measured in this run).',
          '',
          markdownTable(TARGET_HEADER, targets),
          '',
        ]
      : []),
    ...(historySection ? ['## History and versions', '', historySection] : earlierHistory()),
    'Not measured: remark-validate-links (one of the issue’s anchors) is not',
    'installed in this repository, so that anchor is skipped.',
    '',
    handWritten(),
  ].join('\n');
  if (!values['no-write']) {
    const target = path.join(BENCH, 'RESULTS.md');
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, markdown);
    renameSync(temporary, target);
  }
  return markdown;
}

/**
 * With `--no-history`, the history section of the last RESULTS.md, marked as
 * from an earlier run, so a run of the main table alone does not drop it.
 */
function earlierHistory() {
  const file = path.join(BENCH, 'RESULTS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const match = /^## History and versions\n([\s\S]*?)(?=^Not measured:|^## Profile)/m.exec(text);
  if (!match) return [];
  const body = match[1].replace(/^\n*(?:_From an earlier run[^\n]*\n\n)?/, '');
  return [
    '## History and versions',
    '',
    '_From an earlier run (this one had `--no-history`)._',
    '',
    body.trimEnd(),
    '',
  ];
}

/** The hand-written end of RESULTS.md, from its `## Profile` heading on; kept across runs. */
function handWritten() {
  const file = path.join(BENCH, 'RESULTS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = text.search(/^## Profile/m);
  return start === -1 ? '' : text.slice(start);
}

function machine() {
  const cpus = os.cpus();
  const astro = JSON.parse(
    readFileSync(path.join(REPO, 'node_modules', 'astro', 'package.json'), 'utf8'),
  ).version;
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores`,
    `- Memory: ${Math.round(os.totalmem() / 2 ** 30)} GB`,
    `- Node ${process.version}, Astro ${astro}, ${os.platform()} ${os.release()}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- ${runs === 1 ? 'One run' : `Medians of ${runs} runs`} after one warm-up, tasks alternating run by run; seed ${seed}`,
    `- statusdocs ran ${values.source ? "from a copy of the checkout's TypeScript sources (`--source`)" : 'as installed: the package `npm pack` makes (compiled `lib/`), unpacked into a scratch `node_modules`'}`,
    `- Load average when the bench started: ${LOAD.map((load) => load.toFixed(2)).join(', ')} (other work on the machine makes wall times noisy; compare ratios)`,
    `- Measured with ${HAS_TIME ? '`/usr/bin/time` (CPU is user+sys of the process tree; RSS is the peak of its largest process)' : 'wall clock only (`/usr/bin/time` is missing)'}`,
  ].join('\n');
}

const TABLE_HEADER = [
  'docs',
  'task',
  'wall',
  'CPU',
  'peak RSS',
  'wall ÷ base',
  'CPU ÷ base',
  'RSS ÷ base',
];

try {
  const rows = [];
  const bySize = new Map();
  const measured = TASKS.length > 0 ? sizes : [];
  for (const [at, size] of measured.entries()) {
    process.stderr.write(`Benchmarking ${size} docs…\n`);
    const { table, byTask } = await benchSize(size);
    rows.push(...table);
    bySize.set(size, byTask);
    // Written after each size, so a long run that is stopped keeps what it measured.
    if (at < measured.length - 1) report(rows, bySize, '', measured.slice(at + 1));
  }
  let historySection = '';
  if (!values['no-history'] && HISTORY_TASKS.some(selected)) {
    process.stderr.write(`Benchmarking history over ${history.docs} docs…\n`);
    historySection = await benchHistory({
      ...history,
      work,
      code: CODE,
      corpus: corpusOf(history.docs),
      runs,
      selected,
    });
  }
  process.stdout.write(`${report(rows, bySize, historySection, [])}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
