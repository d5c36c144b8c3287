#!/usr/bin/env node
// `npm run bench [-- --sizes 100,1000,5000 --runs 3]`: statusdocs against a
// plain Astro 7 baseline, side by side in one run, on the same generated
// corpora. Every task gets one warm-up, then the tasks alternate run by run
// so that machine noise hits them alike; medians and ratios to the baseline
// are printed and written to bench/RESULTS.md.
//
// Measurements come from GNU time (`/usr/bin/time`): wall, user+sys CPU of
// the whole process tree, and peak RSS of its largest process. Without it,
// only wall time is reported.

import { spawn, spawnSync } from 'node:child_process';
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
import { buildHistoryRepo } from './history-repo.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH);
const GNU_TIME = '/usr/bin/time';
const HAS_TIME = spawnSync(GNU_TIME, ['-f', '%e', 'true']).status === 0;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    commits: { type: 'string', default: '200,400' },
  },
});
const sizes = values.sizes.split(',').map((size) => Number.parseInt(size, 10));
const runs = Math.max(1, Number.parseInt(values.runs, 10));
const seed = Number.parseInt(values.seed, 10);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(seed)) {
  console.error('usage: npm run bench [-- --sizes 100,1000,5000 --runs 3 --seed 42]');
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'statusdocs-bench-'));
// Astro's prerender chunks import packages from next to the output folder;
// this link lets outputs live in temp dirs, never in the repository.
symlinkSync(path.join(REPO, 'node_modules'), path.join(work, 'node_modules'), 'dir');
// statusdocs runs from a snapshot of the code taken now: edits to the working
// tree during a long bench cannot mix versions or invalidate the warm caches
// (the cache key includes a hash of the engine's source).
const CODE = path.join(work, 'statusdocs');
for (const entry of ['bin', 'src', 'public', 'package.json', 'tsconfig.json']) {
  if (existsSync(path.join(REPO, entry))) {
    cpSync(path.join(REPO, entry), path.join(CODE, entry), { recursive: true });
  }
}
cpSync(
  path.join(BENCH, 'site.astro.config.mjs'),
  path.join(CODE, 'bench', 'site.astro.config.mjs'),
);
// The baseline too, so Astro's generated `.astro/` types stay out of the repository.
const BASELINE = path.join(work, 'baseline-astro');
cpSync(path.join(BENCH, 'baseline-astro'), BASELINE, {
  recursive: true,
  filter: (from) => !/[\\/](?:node_modules|\.astro|dist)$/.test(from),
});
const LOAD = os.loadavg();
const quietEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

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
    prepare: (ctx) => wipe(ctx.dir('site-out'), ctx.dir('site-cache')),
    command: (ctx) => buildCommand(ctx),
  },
  {
    id: 'build-warm',
    label: '`statusdocs build`, warm, nothing changed',
    prepare: () => {},
    command: (ctx) => buildCommand(ctx),
  },
  {
    id: 'build-1pct',
    label: '`statusdocs build`, warm, 1% of docs changed',
    prepare: (ctx) => touchOnePercent(ctx),
    command: (ctx) => buildCommand(ctx),
  },
].filter((task) => !values.only || values.only.split(',').some((id) => task.id.startsWith(id)));

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
const HAS_BUILD = existsSync(path.join(CODE, 'src', 'cli', 'commands', 'build.ts'));

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

/** Run one command under GNU time; resolves to seconds, CPU seconds and peak RSS bytes. */
function measure({ file, args, env = {}, cwd = work }) {
  const stats = path.join(work, 'time.txt');
  const [bin, argv] = HAS_TIME
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', stats, file, ...args]]
    : [file, args];
  mkdirSync(cwd, { recursive: true });
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(bin, argv, {
      cwd,
      env: { ...quietEnv, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallClock = Number(process.hrtime.bigint() - started) / 1e9;
      // `check` exits 1 when it finds problems, which the corpus plants on purpose.
      if (code !== 0 && !(code === 1 && args.includes('check'))) {
        reject(new Error(`\`${file} ${args.join(' ')}\` exited ${code}:\n${stderr}`));
        return;
      }
      if (!HAS_TIME) {
        resolve({ wall: wallClock, cpu: undefined, rss: undefined });
        return;
      }
      const line = readFileSync(stats, 'utf8').trim().split('\n').at(-1) ?? '';
      const [wall, user, system, maxKb] = line.split(' ').map(Number);
      resolve({ wall, cpu: user + system, rss: maxKb * 1024 });
    });
  });
}

function median(numbers) {
  const sorted = numbers.filter((n) => n !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const seconds = (value) => (value === undefined ? 'n/a' : `${value.toFixed(2)} s`);
const megabytes = (value) => (value === undefined ? 'n/a' : `${Math.round(value / 2 ** 20)} MB`);
const ratio = (value, base) =>
  value === undefined || base === undefined || base === 0 ? '—' : `${(value / base).toFixed(2)}×`;

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
      const sample = await measure(task.command(ctx));
      // Round 0 is the warm-up: it fills caches and is not counted.
      if (round > 0) samples.get(task.id).push(sample);
      process.stderr.write(
        `  ${size} docs, ${round === 0 ? 'warm-up' : `run ${round}/${runs}`}, ${task.id}: ${seconds(sample.wall)}\n`,
      );
    }
  }
  const medians = TASKS.map((task) => {
    const taken = samples.get(task.id);
    return {
      task,
      wall: median(taken.map((s) => s.wall)),
      cpu: median(taken.map((s) => s.cpu)),
      rss: median(taken.map((s) => s.rss)),
    };
  });
  const base = medians.find((row) => row.task.id === 'baseline');
  return medians.map((row) => [
    size.toLocaleString('en-US'),
    row.task.label,
    seconds(row.wall),
    seconds(row.cpu),
    megabytes(row.rss),
    ratio(row.wall, base?.wall),
    ratio(row.cpu, base?.cpu),
    ratio(row.rss, base?.rss),
  ]);
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
    `- Load average when the bench started: ${LOAD.map((load) => load.toFixed(2)).join(', ')} (other work on the machine makes wall times noisy; compare ratios)`,
    `- Measured with ${HAS_TIME ? '`/usr/bin/time` (CPU is user+sys of the process tree; RSS is the peak of its largest process)' : 'wall clock only (`/usr/bin/time` is missing)'}`,
  ].join('\n');
}

function table(rows) {
  const header = [
    'docs',
    'task',
    'wall',
    'CPU',
    'peak RSS',
    'wall ÷ base',
    'CPU ÷ base',
    'RSS ÷ base',
  ];
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * The git reader and versions: `statusdocs changelog --all` reads the whole
 * history (one `git log` pass, one `cat-file --batch`), parses every distinct
 * blob once and assembles the changelog of every version. Measured at
 * several commit counts over the same docs, to show the time grows with
 * commits, not commits × files.
 */
async function benchHistory(size) {
  const counts = values.commits.split(',').map((count) => Number.parseInt(count, 10));
  const rows = [];
  for (const commits of counts) {
    const repo = path.join(work, `history-${size}-${commits}`);
    buildHistoryRepo(corpusOf(size), repo, commits);
    const command = {
      file: process.execPath,
      args: [
        path.join(CODE, 'bin', 'statusdocs.mjs'),
        'changelog',
        repo,
        '--all',
        '--format',
        'json',
      ],
      cwd: repo,
      env: { STATUSDOCS_TODAY: '2026-01-15' },
    };
    await measure(command); // warm-up
    const samples = [];
    for (let run = 0; run < runs; run++) samples.push(await measure(command));
    const wall = median(samples.map((sample) => sample.wall));
    const cpu = HAS_TIME ? median(samples.map((sample) => sample.cpu)) : undefined;
    const rss = HAS_TIME ? median(samples.map((sample) => sample.rss)) : undefined;
    rows.push([
      size.toLocaleString('en'),
      String(commits),
      `${wall.toFixed(2)} s`,
      cpu === undefined ? '—' : `${cpu.toFixed(2)} s`,
      rss === undefined ? '—' : `${Math.round(rss / 1e6)} MB`,
      `${(((cpu ?? wall) * 1000) / commits).toFixed(1)} ms`,
    ]);
  }
  const header = ['docs', 'commits (10 tags)', 'wall', 'CPU', 'peak RSS', 'CPU per commit'];
  return [header, header.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

try {
  const rows = [];
  for (const size of sizes) {
    process.stderr.write(`Benchmarking ${size} docs…\n`);
    rows.push(...(await benchSize(size)));
  }
  const historySize = sizes.includes(1000) ? 1000 : sizes[0];
  process.stderr.write(`Benchmarking history over ${historySize} docs…\n`);
  const history =
    values.only && !values.only.split(',').includes('history')
      ? ''
      : await benchHistory(historySize);
  const markdown = [
    '# Benchmark results',
    '',
    'Written by `npm run bench`; do not edit by hand. Ratios compare each task',
    'with the plain Astro 7 baseline (`bench/baseline-astro/`) on the same',
    'corpus (`bench/gen-corpus.mjs`) in the same run.',
    '',
    machine(),
    '',
    table(rows),
    '',
    ...(history
      ? [
          '## History and versions',
          '',
          '`statusdocs changelog --all --format json` on a git repository of the',
          'corpus (`bench/history-repo.mjs`): each commit after the first edits 1% of',
          'the docs; ten tags are versions. It reads all history and every version.',
          '',
          history,
          '',
        ]
      : []),
    'Not measured: remark-validate-links (one of the issue’s anchors) is not',
    'installed in this repository, so that anchor is skipped.',
    '',
  ].join('\n');
  process.stdout.write(`${markdown}\n`);
  if (!values['no-write']) {
    const target = path.join(BENCH, 'RESULTS.md');
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, markdown);
    renameSync(temporary, target);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
