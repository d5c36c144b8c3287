// Measuring one command and formatting the numbers, shared by the sections
// of `npm run bench`.
//
// Measurements come from GNU time (`/usr/bin/time`): wall, user+sys CPU of
// the whole process tree (git children included), and peak RSS of its
// largest process. Without it, only wall time is reported.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** Whether GNU time is there to give CPU and peak RSS. */
export const HAS_TIME = spawnSync(GNU_TIME, ['-f', '%e', 'true']).status === 0;

const quietEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

/**
 * Run one command under GNU time; resolves to seconds, CPU seconds and peak
 * RSS bytes. `scratch` holds GNU time's report and is the default cwd.
 */
export function measure({ file, args, env = {}, cwd }, scratch) {
  const stats = path.join(scratch, 'time.txt');
  const [bin, argv] = HAS_TIME
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', stats, file, ...args]]
    : [file, args];
  const where = cwd ?? scratch;
  mkdirSync(where, { recursive: true });
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(bin, argv, {
      cwd: where,
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

/** The median of the defined numbers; undefined when there are none. */
export function median(numbers) {
  const sorted = numbers.filter((n) => n !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Medians of wall, CPU and RSS over samples from {@link measure}. */
export function medians(samples) {
  return {
    wall: median(samples.map((sample) => sample.wall)),
    cpu: median(samples.map((sample) => sample.cpu)),
    rss: median(samples.map((sample) => sample.rss)),
  };
}

export const seconds = (value) => (value === undefined ? 'n/a' : `${value.toFixed(2)} s`);
export const megabytes = (value) =>
  value === undefined ? 'n/a' : `${Math.round(value / 2 ** 20)} MB`;
export const ratio = (value, base) =>
  value === undefined || base === undefined || base === 0 ? '—' : `${(value / base).toFixed(2)}×`;

/** A Markdown table: a header row, then rows of cells. */
export function markdownTable(header, rows) {
  return [header, header.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}
