// Runs `statusdocs check --format json` over each corpus and turns the result
// into findings keyed by corpus, path, rule and line, each with a fingerprint
// of its source line so that judgments survive lines moving.
//
// Every rule runs, off-by-default ones included (at `warning`), so that rules
// left opt-in can still be measured. The check runs from an empty temporary
// folder with `--no-cache`: nothing is written into a corpus. "Today" is the
// date of the corpus's last commit (`STATUSDOCS_TODAY`): a snapshot is judged
// as its team saw it that day, not months later, so `stale` and
// `date-in-future` are not measured against the calendar of this machine.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEVERITY } from '../../src/core/rules/severity.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The config the calibration checks with: defaults, with every `off` rule at
 * `warning`; with `only`, every other rule off (a faster run of a few rules).
 */
export function calibrationConfig(only) {
  const rules = {};
  for (const [id, severity] of Object.entries(DEFAULT_SEVERITY)) {
    if (only && !only.includes(id)) rules[id] = 'off';
    else if (severity === 'off') rules[id] = 'warning';
  }
  return { content: '.', rules };
}

/** Run check over one corpus; returns `{ corpus, dir, docs, docsMeta, findings }`. */
export function runCorpus(dir, only) {
  const corpus = path.basename(path.resolve(dir));
  const work = mkdtempSync(path.join(os.tmpdir(), 'statusdocs-calibrate-'));
  try {
    const config = path.join(work, 'statusdocs.config.json');
    writeFileSync(config, JSON.stringify(calibrationConfig(only)));
    const child = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin/statusdocs.mjs'), 'check', path.resolve(dir), '--format', 'json'],
      {
        cwd: work,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { ...process.env, NO_COLOR: '1', ...lastCommitDay(dir) },
      },
    );
    // `--no-cache` is implied: the cache would go under `work`, deleted below.
    if (child.status !== 0 && child.status !== 1) {
      throw new Error(`check failed on ${corpus} (exit ${child.status}): ${child.stderr}`);
    }
    return toRun(corpus, path.resolve(dir), JSON.parse(child.stdout), work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `{ STATUSDOCS_TODAY }` set to the UTC day of the corpus's last commit; `{}` outside git. */
function lastCommitDay(dir) {
  const git = spawnSync('git', ['-C', dir, 'log', '-1', '--format=%cd', '--date=format-local:%F'], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  const day = git.status === 0 ? git.stdout.trim() : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? { STATUSDOCS_TODAY: day } : {};
}

function toRun(corpus, dir, result, work) {
  const findings = [];
  const docsMeta = [];
  const lines = new Map();
  for (const file of result.files) {
    const rel = path.relative(dir, path.resolve(work, file.path)).split(path.sep).join('/');
    docsMeta.push({ path: rel, doc: file.doc ?? null });
    for (const message of file.messages) {
      const line = message.line ?? 1;
      findings.push({
        corpus,
        path: rel,
        line,
        rule: message.ruleId,
        severity: message.severity,
        message: message.message,
        fingerprint: fingerprint(sourceLine(lines, dir, rel, line)),
      });
    }
  }
  return { corpus, dir, docs: result.summary.files, docsMeta, findings };
}

function sourceLine(cache, dir, rel, line) {
  let text = cache.get(rel);
  if (text === undefined) {
    try {
      text = readFileSync(path.join(dir, rel), 'utf8').split(/\r?\n/);
    } catch {
      text = [];
    }
    cache.set(rel, text);
  }
  return text[line - 1] ?? '';
}

/** A short hash of a line's text, whitespace collapsed: stored instead of the text. */
export function fingerprint(text) {
  const normalized = text.trim().replace(/\s+/g, ' ');
  return createHash('sha1').update(normalized).digest('hex').slice(0, 10);
}
