#!/usr/bin/env node
// Copied from the project's shared benchmark kit (shared/bench/gen-corpus.mjs,
// the generator behind the anchor timings in issue 8) so this repository is
// self-contained: statusdocs never reads outside itself at run time.
// Changes: formatted with Prettier and one needless regex escape removed for
// the linters; the generated corpus is byte-identical.
// Deterministic corpus generator for status-doc SSG benchmarks.
//
// Usage: node gen-corpus.mjs OUTDIR N [seed]
//
// Writes N Markdown "engineering status" docs with YAML frontmatter into
// OUTDIR/{plans,status,archive,handoffs}/. Same N + seed => byte-identical output.
// Also writes OUTDIR.broken-links.json (a sibling of OUTDIR, so it is never
// picked up by a content glob) listing every deliberately broken link.
// No dependencies; Node >= 18.

import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve, basename } from 'node:path';

const [, , outArg, nArg, seedArg] = process.argv;
if (!outArg || !nArg) {
  console.error('usage: node gen-corpus.mjs OUTDIR N [seed]');
  process.exit(2);
}
const OUT = resolve(outArg);
const N = Number.parseInt(nArg, 10);
const SEED = seedArg === undefined ? 42 : Number.parseInt(seedArg, 10);
if (!Number.isFinite(N) || N < 1) {
  console.error('N must be a positive integer');
  process.exit(2);
}

// ---------- deterministic PRNG (mulberry32) ----------
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED * 2654435761);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
function sample(arr, k) {
  const copy = arr.slice();
  const out = [];
  for (let i = 0; i < k && copy.length; i++)
    out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]);
  return out;
}
const pad = (n, w) => String(n).padStart(w, '0');

// ---------- vocabulary ----------
const COMPONENTS = [
  'auth-service',
  'billing-api',
  'search-indexer',
  'ingest-pipeline',
  'web-frontend',
  'mobile-app',
  'data-warehouse',
  'notification-service',
  'ci-runner',
  'payments',
  'api-gateway',
  'scheduler',
  'feature-flags',
  'observability',
  'storage-layer',
  'rate-limiter',
  'export-worker',
  'admin-console',
  'sync-engine',
  'docs-site',
];
const OWNERS = [
  'alice',
  'bob',
  'carol',
  'dmitri',
  'eun-ji',
  'farah',
  'gustavo',
  'hana',
  'ivan',
  'jun',
  'kwame',
  'lena',
];
const TAGS = [
  'backend',
  'frontend',
  'infra',
  'perf',
  'security',
  'migration',
  'testing',
  'release',
  'tech-debt',
  'ux',
  'data',
  'reliability',
  'q1',
  'q2',
  'q3',
  'q4',
];
const STATUSES = {
  plans: ['draft', 'active', 'active', 'done', 'superseded'],
  status: ['active', 'active', 'blocked', 'done', 'at-risk'],
  archive: ['done', 'superseded', 'abandoned'],
  handoffs: ['active', 'done'],
};
const KIND = { plans: 'plan', status: 'status', archive: 'archive', handoffs: 'handoff' };
const SUITES = ['unit', 'integration', 'e2e', 'contract', 'smoke', 'property', 'snapshot', 'load'];
const VERBS = [
  'migrated',
  'refactored',
  'stabilised',
  'benchmarked',
  'documented',
  'reviewed',
  'deployed',
  'rolled back',
  'profiled',
  'hardened',
  'split',
  'merged',
  'deprecated',
  'instrumented',
];
const NOUNS = [
  'the token cache',
  'the retry policy',
  'the schema migration',
  'the ingest queue',
  'the CSV exporter',
  'the login flow',
  'the webhook handler',
  'the feature flag client',
  'the nightly job',
  'the connection pool',
  'the search ranking',
  'the metrics exporter',
  'the config loader',
  'the build cache',
  'the fixture loader',
  'the error boundary',
];
const QUALS = [
  'behind a flag',
  'in staging',
  'for the EU region',
  'on the canary fleet',
  'with a 5% rollout',
  'without downtime',
  'ahead of schedule',
  'after two review rounds',
  'pending sign-off',
  'with new alerts',
];
const RISKS = [
  'Flaky e2e tests on the payment path',
  'Upstream API rate limits',
  'Schema drift between staging and prod',
  'Key person dependency on the migration',
  'Unclear ownership of the legacy cron jobs',
  'Coverage regression in the parser module',
  'Vendor SDK deprecation in Q3',
  'Long CI queue times on Mondays',
  'Memory growth in the worker under load',
];
const EMOJI_OK = ['✅', '🎉', '🚀', '📈', '🟢'];
const EMOJI_BAD = ['❌', '⚠️', '🚧', '🔥', '🟡', '🔴'];
const EXTERNAL = [
  'https://github.com/example-org/platform/pull/',
  'https://github.com/example-org/platform/issues/',
  'https://ci.example.com/job/main/',
  'https://grafana.example.com/d/svc-overview?orgId=1&var-run=',
  'https://docs.example.com/runbooks/',
  'https://www.rfc-editor.org/rfc/rfc',
];
// Headings present in EVERY doc; used as anchor targets (github-slugger slugs).
const ANCHORS = [
  'summary',
  'metrics',
  'test-results',
  'tasks',
  'progress-notes',
  'risks-and-blockers',
  'next-steps',
  'references',
];

function sentence() {
  const s = `${pick(['We', 'The team', pick(OWNERS).replace(/^./, (c) => c.toUpperCase()), 'On-call'])} ${pick(VERBS)} ${pick(NOUNS)} ${pick(QUALS)}`;
  const tail = chance(0.3)
    ? `; p95 latency is now ${int(40, 900)} ms (was ${int(60, 1400)} ms)`
    : chance(0.3)
      ? `, closing ${int(1, 9)} follow-up tickets`
      : '';
  return `${s}${tail}.`;
}
function paragraph(min, max) {
  const n = int(min, max);
  const out = [];
  for (let i = 0; i < n; i++) out.push(sentence());
  return out.join(' ');
}
function dateFor(i) {
  // spread docs over 2024-01-01 .. 2025-12-31, roughly ordered by index with jitter
  const start = Date.UTC(2024, 0, 1);
  const span = 730;
  const day = Math.min(span - 1, Math.max(0, Math.floor((i / N) * span) + int(-10, 10)));
  return new Date(start + day * 86400000);
}
const iso = (d) => d.toISOString().slice(0, 10);

// ---------- pass 1: decide doc identities ----------
const FOLDERS = [
  ['plans', 0.25],
  ['status', 0.45],
  ['archive', 0.2],
  ['handoffs', 0.1],
];
const docs = [];
for (let i = 0; i < N; i++) {
  const r = rnd();
  let acc = 0;
  let folder = 'status';
  for (const [f, p] of FOLDERS) {
    acc += p;
    if (r < acc) {
      folder = f;
      break;
    }
  }
  const component = pick(COMPONENTS);
  const date = dateFor(i);
  const kind = KIND[folder];
  const slug = `${iso(date)}-${component}-${kind}-${pad(i, 5)}`;
  docs.push({ i, folder, component, kind, date, slug, path: `${folder}/${slug}.md` });
}
const byFolder = { plans: [], status: [], archive: [], handoffs: [] };
for (const d of docs) byFolder[d.folder].push(d);
if (byFolder.plans.length === 0) byFolder.plans.push(docs[0]);

const broken = [];
function rel(from, to) {
  let r = relative(dirname(from.path), to.path);
  if (!r.startsWith('.')) r = `./${r}`;
  return r;
}
// Returns a link target from doc `from` to doc `to`, maybe with anchor; ~1% deliberately broken.
function linkTarget(from, to, where, anchorP = 0.3) {
  if (chance(0.01)) {
    if (chance(0.5)) {
      const ghost = `${to.folder}/${iso(to.date)}-${pick(COMPONENTS)}-ghost-${pad(int(0, 99999), 5)}.md`;
      let r = relative(dirname(from.path), ghost);
      if (!r.startsWith('.')) r = `./${r}`;
      broken.push({ file: from.path, target: r, type: 'missing-file', where });
      return r;
    }
    const r = `${rel(from, to)}#${pick(['rollout-plan', 'appendix-b', 'open-questions', 'metrics-v2', 'owners'])}`;
    broken.push({ file: from.path, target: r, type: 'missing-anchor', where });
    return r;
  }
  const base = rel(from, to);
  return chance(anchorP) ? `${base}#${pick(ANCHORS)}` : base;
}
const titleOf = (d) =>
  `${d.component
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(
      ' ',
    )} ${d.kind === 'plan' ? 'plan' : d.kind === 'handoff' ? 'handoff' : 'status'} #${d.i}`;

function yamlStr(s) {
  return /[:#[\]{}&*!|>'"%@`]/.test(s) ? JSON.stringify(s) : s;
}

// ---------- pass 2: write ----------
if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
for (const f of Object.keys(byFolder)) mkdirSync(join(OUT, f), { recursive: true });

let totalBytes = 0;
let totalLinks = 0;
const lastByKey = new Map();
for (const d of docs) {
  const status = pick(STATUSES[d.folder]);
  const owner = pick(OWNERS);
  const tags = sample(TAGS, int(2, 5));
  const updated = new Date(d.date.getTime() + int(0, 45) * 86400000);

  // test metrics: per-suite rows that sum to the TOTAL row and frontmatter
  const suites = sample(SUITES, int(3, 6));
  const rows = suites.map((s) => {
    const total = int(20, 1800);
    const failed = chance(0.35) ? int(1, Math.max(1, Math.floor(total * 0.05))) : 0;
    const errors = chance(0.1) ? int(1, 4) : 0;
    return { s, passed: total - failed - errors, failed, errors, total, ms: int(800, 240000) };
  });
  const tot = rows.reduce(
    (a, r) => ({
      passed: a.passed + r.passed,
      failed: a.failed + r.failed,
      errors: a.errors + r.errors,
      total: a.total + r.total,
      ms: a.ms + r.ms,
    }),
    { passed: 0, failed: 0, errors: 0, total: 0, ms: 0 },
  );
  const covTarget = pick([70, 75, 80, 85, 90]);
  const cov = Math.round((covTarget - 15 + rnd() * 25) * 10) / 10;
  const completion = status === 'done' ? 100 : int(0, 95);

  // frontmatter links
  const plan = pick(byFolder.plans.filter((p) => p !== d)) || byFolder.plans[0];
  const key = `${d.folder}/${d.component}`;
  const prev = lastByKey.get(key);
  lastByKey.set(key, d);
  const supersedes = prev && chance(0.4) ? prev : null;
  const related = sample(docs, int(1, 4)).filter((o) => o !== d);

  const fm = [];
  fm.push('---');
  fm.push(`title: ${yamlStr(titleOf(d))}`);
  fm.push(`kind: ${d.kind}`);
  fm.push(`status: ${status}`);
  fm.push(`date: ${iso(d.date)}`);
  fm.push(`updated: ${iso(updated)}`);
  fm.push(`owner: ${owner}`);
  fm.push(`component: ${d.component}`);
  fm.push(`tags: [${tags.join(', ')}]`);
  fm.push('metrics:');
  fm.push('  tests:');
  fm.push(`    passed: ${tot.passed}`);
  fm.push(`    failed: ${tot.failed}`);
  fm.push(`    errors: ${tot.errors}`);
  fm.push(`    total: ${tot.total}`);
  fm.push('  coverage:');
  fm.push(`    value: ${cov}`);
  fm.push(`    target: ${covTarget}`);
  fm.push(`  completion: ${completion}`);
  fm.push('links:');
  fm.push(`  plan: ${rel(d, plan)}`);
  fm.push(`  supersedes: ${supersedes ? rel(d, supersedes) : 'null'}`);
  if (related.length) {
    fm.push('  related:');
    for (const r of related) fm.push(`    - ${rel(d, r)}`);
  } else fm.push('  related: []');
  fm.push('---');

  const b = [];
  const link = (to, text, where = 'body', anchorP) => {
    totalLinks++;
    return `[${text ?? titleOf(to)}](${linkTarget(d, to, where, anchorP)})`;
  };
  const ext = () => {
    const base = pick(EXTERNAL);
    return `${base}${int(100, 99999)}`;
  };

  b.push(`# ${titleOf(d)}`);
  b.push('');
  b.push(
    `> ${status === 'blocked' || status === 'at-risk' ? pick(EMOJI_BAD) : pick(EMOJI_OK)} **Status:** ${status} · **Owner:** @${owner} · **Updated:** ${iso(updated)} · Plan: ${link(plan, 'plan', 'body', 0)}`,
  );
  b.push('');
  b.push('## Summary');
  b.push('');
  b.push(paragraph(3, 6));
  if (supersedes) {
    b.push('');
    b.push(
      `This document supersedes ${link(supersedes)}; see its [test results](${rel(d, supersedes)}#test-results) for the previous baseline.`,
    );
    totalLinks++;
  }
  b.push('');
  b.push('## Metrics');
  b.push('');
  b.push('| Metric | Value | Target | Trend |');
  b.push('| --- | ---: | ---: | :---: |');
  b.push(
    `| Tests passing | ${tot.passed}/${tot.total} | ${tot.total}/${tot.total} | ${tot.failed + tot.errors === 0 ? '✅' : '⚠️'} |`,
  );
  b.push(`| Coverage | ${cov}% | ${covTarget}% | ${cov >= covTarget ? '📈' : '📉'} |`);
  b.push(
    `| Completion | ${completion}% | 100% | ${completion >= 80 ? '🟢' : completion >= 40 ? '🟡' : '🔴'} |`,
  );
  b.push(`| Open bugs | ${int(0, 40)} | 0 | ${pick(['↗', '↘', '→'])} |`);
  b.push(
    `| p95 latency (ms) | ${int(40, 900)} | ${pick([100, 200, 250, 500])} | ${pick(['↗', '↘', '→'])} |`,
  );
  b.push('');
  b.push('## Test results');
  b.push('');
  b.push('| Suite | Passed | Failed | Errors | Total | Duration |');
  b.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    b.push(
      `| ${r.s} | ${r.passed} | ${r.failed} | ${r.errors} | ${r.total} | ${(r.ms / 1000).toFixed(1)} s |`,
    );
  b.push(
    `| **TOTAL** | **${tot.passed}** | **${tot.failed}** | **${tot.errors}** | **${tot.total}** | **${(tot.ms / 1000).toFixed(1)} s** |`,
  );
  b.push('');
  if (tot.failed > 0) {
    b.push(
      `Failures are tracked in [the failing-tests section](#risks-and-blockers) and in CI run [#${int(1000, 9999)}](${ext()}).`,
    );
    totalLinks++;
    b.push('');
  }
  b.push('## Tasks');
  b.push('');
  const nTasks = int(4, 9);
  for (let t = 0; t < nTasks; t++) {
    const done = chance(completion / 100);
    const extra = chance(0.25)
      ? ` (see ${link(pick(docs), 'notes')})`
      : chance(0.15)
        ? ` — [PR #${int(100, 9999)}](${ext()})`
        : '';
    b.push(
      `- [${done ? 'x' : ' '}] ${pick(VERBS).replace(/^./, (c) => c.toUpperCase())} ${pick(NOUNS)} ${pick(QUALS)}${extra}`,
    );
  }
  b.push('');
  b.push('## Progress notes');
  b.push('');
  const nWeeks = int(1, 3);
  for (let w = 0; w < nWeeks; w++) {
    b.push(`### Week ${int(1, 52)}`);
    b.push('');
    b.push(paragraph(2, 4));
    b.push('');
    if (chance(0.6)) {
      const lang = pick(['bash', 'ts', 'json', 'yaml', 'diff']);
      b.push('```' + lang);
      if (lang === 'bash') {
        b.push(`$ npm test -- --coverage --shard=${int(1, 4)}/4`);
        b.push(
          `Tests:       ${rows[0].failed} failed, ${rows[0].passed} passed, ${rows[0].total} total`,
        );
        b.push(`Time:        ${(rows[0].ms / 1000).toFixed(2)} s`);
      } else if (lang === 'ts') {
        b.push(
          `export async function retry<T>(fn: () => Promise<T>, attempts = ${int(2, 6)}): Promise<T> {`,
        );
        b.push('  let last: unknown;');
        b.push('  for (let i = 0; i < attempts; i++) {');
        b.push('    try { return await fn(); } catch (e) { last = e; await sleep(2 ** i * 100); }');
        b.push('  }');
        b.push('  throw last;');
        b.push('}');
      } else if (lang === 'json') {
        b.push(
          `{ "suite": "${rows[0].s}", "passed": ${rows[0].passed}, "failed": ${rows[0].failed}, "coverage": ${cov} }`,
        );
      } else if (lang === 'yaml') {
        b.push(
          `rollout:\n  stage: ${pick(['canary', 'beta', 'ga'])}\n  percent: ${int(1, 100)}\n  owner: ${owner}`,
        );
      } else {
        b.push(`- timeout_ms: ${int(100, 900)}\n+ timeout_ms: ${int(1000, 5000)}`);
      }
      b.push('```');
      b.push('');
    }
  }
  b.push(`## ${pick(['✅ Done this period', '🚧 In flight', '🎯 Highlights'])}`);
  b.push('');
  for (let k = 0; k < int(2, 4); k++) b.push(`- ${sentence()}`);
  b.push('');
  b.push('## Risks and blockers');
  b.push('');
  b.push('| Risk | Severity | Owner | Mitigation |');
  b.push('| --- | --- | --- | --- |');
  for (const risk of sample(RISKS, int(1, 3))) {
    b.push(
      `| ${risk} | ${pick(['🔴 high', '🟡 medium', '🟢 low'])} | @${pick(OWNERS)} | ${pick(['tracked in', 'see', 'discussed in'])} ${link(pick(docs), 'doc', 'body', 0.5)} |`,
    );
  }
  b.push('');
  b.push('## Next steps');
  b.push('');
  for (let k = 0; k < int(2, 4); k++)
    b.push(
      `${k + 1}. ${pick(VERBS).replace(/^./, (c) => c.toUpperCase())} ${pick(NOUNS)} ${pick(QUALS)}.`,
    );
  b.push('');
  b.push('## References');
  b.push('');
  b.push(`- Plan: ${link(plan, titleOf(plan), 'body', 0.5)}`);
  for (const r of related) b.push(`- Related: ${link(r)}`);
  for (const o of sample(docs, int(1, 3)))
    if (o !== d) b.push(`- See also: ${link(o, titleOf(o), 'body', 0.5)}`);
  b.push(`- Dashboard: <${ext()}>`);
  b.push(`- Tracking issue: [${pick(['#', 'PLAT-'])}${int(10, 9999)}](${ext()})`);
  b.push('');

  const text = `${fm.join('\n')}\n\n${b.join('\n')}`;
  totalBytes += Buffer.byteLength(text);
  writeFileSync(join(OUT, d.path), text);
}

const manifest = join(dirname(OUT), `${basename(OUT)}.broken-links.json`);
writeFileSync(manifest, JSON.stringify({ n: N, seed: SEED, totalLinks, broken }, null, 2) + '\n');
const counts = Object.fromEntries(Object.entries(byFolder).map(([k, v]) => [k, v.length]));
console.log(
  JSON.stringify({
    out: OUT,
    n: N,
    seed: SEED,
    bytes: totalBytes,
    avgBytes: Math.round(totalBytes / N),
    folders: counts,
    internalLinks: totalLinks,
    brokenLinks: broken.length,
    manifest,
  }),
);
