// Propose docs to label by hand: a fixed-seed sample spread over the corpora
// and their folders, half from lifecycle folders or names where a corpus has
// them. Prints `corpus<TAB>path` lines; labels.tsv is filled by a person.
// Usage: node bench/calibration/sample-labels.mjs <corpus dirs…> [--per 8]
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';

const args = process.argv.slice(2);
const perIndex = args.indexOf('--per');
const per = perIndex === -1 ? 8 : Number(args.splice(perIndex, 2)[1]);
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
  const next = random(15);
  const files = execFileSync('git', ['-c', 'core.quotepath=off', 'ls-files', '-z'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
    .split('\0')
    .filter((path) => /\.md$/i.test(path));
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
