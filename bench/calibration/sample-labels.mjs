// Propose docs to label by hand: a fixed-seed sample spread over the corpora
// and their folders, half from lifecycle folders or names where a corpus has
// them. Prints `corpus<TAB>path` lines; labels.tsv is filled by a person.
// A hold-out sample takes another seed and leaves out docs already labelled.
// Usage: node bench/calibration/sample-labels.mjs <corpus dirs…> [--per 8] [--seed 15]
//        [--exclude labels.tsv]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const args = process.argv.slice(2);
/** Remove `--name value` from args and return the value. */
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args.splice(index, 2)[1];
};
const per = Number(option('--per', 8));
const seed = Number(option('--seed', 15));
const excludeFile = option('--exclude', null);
const labelled = new Set(
  excludeFile
    ? readFileSync(excludeFile, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t').slice(0, 2).join('\t'))
    : [],
);
const LIFECYCLE =
  /(?:^|\/)(?:[^/]*archive[^/]*|[^/]*_?completed|superseded|closed|done|paused|abandoned|resolved|history|legacy)\/|(?:_|-|\.)(?:completed?|superseded)(?:[._-]|$)/i;

/** mulberry32: a small seeded generator, so the sample is the same on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const dir of args) {
  const next = random(seed);
  const files = execFileSync('git', ['-c', 'core.quotepath=off', 'ls-files', '-z'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
    .split('\0')
    .filter((path) => /\.md$/i.test(path) && !labelled.has(`${basename(dir)}\t${path}`));
  // Round-robin over top folders (two levels), lifecycle and other docs alternating.
  const groups = new Map();
  for (const path of files.sort()) {
    const key = `${LIFECYCLE.test(path) ? 'L' : 'O'}:${path.split('/').slice(0, 2).join('/')}`;
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  const pools = ['L', 'O'].map((side) => [...groups].filter(([key]) => key.startsWith(side)));
  const picked = new Set();
  for (let round = 0; picked.size < Math.min(per, files.length) && round < per * 4; round++) {
    const pool = pools[round % 2].length > 0 ? pools[round % 2] : pools[(round + 1) % 2];
    const [, paths] = pool[Math.floor(next() * pool.length)];
    picked.add(paths[Math.floor(next() * paths.length)]);
  }
  for (const path of picked) console.log(`${basename(dir)}\t${path}`);
}
