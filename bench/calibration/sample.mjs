// Proposes unjudged findings of one rule for a person to judge: a fixed-seed
// shuffle per corpus, then round-robin over the corpora, preferring docs not
// yet drawn, so the sample spreads over corpora and docs. Each proposal prints
// with a few lines of context and a TSV row to complete.

import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Up to `limit` unjudged units of `rule`, spread over corpora; deterministic for a seed. */
export function sampleUnits(units, rule, { limit = 30, seed = 1 } = {}) {
  const byCorpus = new Map();
  for (const unit of units) {
    if (unit.rule !== rule || unit.judgment) continue;
    const list = byCorpus.get(unit.corpus) ?? [];
    list.push(unit);
    byCorpus.set(unit.corpus, list);
  }
  const queues = [...byCorpus.keys()].sort().map((corpus) => {
    const list = byCorpus.get(corpus);
    list.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
    return spreadOverDocs(shuffle(list, mulberry32(hash(`${seed}:${rule}:${corpus}`))));
  });
  const picked = [];
  while (picked.length < limit && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      if (picked.length < limit && queue.length > 0) picked.push(queue.shift());
    }
  }
  return picked;
}

/** The proposals as text: place, message, context lines and a TSV row to fill in. */
export function formatSample(picked, dirs, context = 3) {
  return picked
    .map((unit, index) => {
      const lines = readLines(path.join(dirs.get(unit.corpus), unit.path));
      const from = Math.max(1, unit.line - context);
      const to = Math.min(lines.length, unit.line + context);
      const shown = [];
      for (let n = from; n <= to; n += 1) {
        shown.push(`${n === unit.line ? '>' : ' '}${String(n).padStart(5)}| ${lines[n - 1]}`);
      }
      const row = [unit.corpus, unit.path, unit.line, unit.rule, '?', '?', unit.fingerprint];
      return [
        `## ${index + 1}. ${unit.corpus}/${unit.path}:${unit.line} (${unit.severity})`,
        unit.message,
        ...shown,
        `row: ${row.join('\t')}`,
        '',
      ].join('\n');
    })
    .join('\n');
}

function readLines(file) {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return [];
  }
}

// Within a corpus, each doc's first finding comes before any doc's second.
function spreadOverDocs(list) {
  const seen = new Map();
  const ranked = list.map((unit, index) => {
    const rank = seen.get(unit.path) ?? 0;
    seen.set(unit.path, rank + 1);
    return { unit, rank, index };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((r) => r.unit);
}

function shuffle(list, random) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
