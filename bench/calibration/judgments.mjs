// Reads the judged sample (`judgments*.tsv`) and matches it to findings.
//
// Columns: corpus, path, line, rule, verdict (TRUE, FALSE, DEBATABLE), cause
// (a few words, never quoted text), and optionally fingerprint (a hash of the
// finding's source line, see run-corpora.mjs). A judgment matches the finding
// of the same corpus, path and rule on the same line; when the line moved, the
// finding whose line has the same fingerprint, nearest to the judged line.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const VERDICTS = ['TRUE', 'FALSE', 'DEBATABLE'];
export const COLUMNS = ['corpus', 'path', 'line', 'rule', 'verdict', 'cause', 'fingerprint'];

/** Every judgment of every `judgments*.tsv` in `dir`, with the file and line it came from. */
export function readJudgments(dir) {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => /^judgments.*\.tsv$/.test(name))
    .sort();
  return files.flatMap((name) => parseJudgments(readFileSync(path.join(dir, name), 'utf8'), name));
}

/** Parse one TSV; a header line and `#` comments are skipped; bad rows throw with their place. */
export function parseJudgments(text, source = 'judgments.tsv') {
  const judgments = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('corpus\t')) return;
    const cells = raw.split('\t');
    const [corpus, file, line, rule, verdict, cause = '', fp = ''] = cells.map((c) => c.trim());
    const where = `${source}:${index + 1}`;
    if (!corpus || !file || !rule) throw new Error(`${where}: needs corpus, path and rule`);
    if (!/^\d+$/.test(line)) throw new Error(`${where}: line \`${line}\` is not a number`);
    if (!VERDICTS.includes(verdict)) {
      throw new Error(`${where}: verdict \`${verdict}\` is not one of ${VERDICTS.join(', ')}`);
    }
    judgments.push({
      corpus,
      path: file,
      line: Number(line),
      rule,
      verdict,
      cause,
      fingerprint: fp,
      source: where,
    });
  });
  return judgments;
}

const unitKey = (f) => `${f.corpus}\t${f.path}\t${f.rule}\t${f.line}`;
const docKey = (f) => `${f.corpus}\t${f.path}\t${f.rule}`;

/**
 * Collapse findings to units (one per corpus, path, rule and line) and match
 * judgments. Returns `{ units, stale }`: each unit with its `judgment` (or
 * undefined), and the judgments that match no current finding.
 */
export function matchJudgments(findings, judgments) {
  const units = new Map();
  for (const finding of findings) {
    const key = unitKey(finding);
    const unit = units.get(key);
    if (unit) unit.count += 1;
    else units.set(key, { ...finding, count: 1, judgment: undefined });
  }
  const byDoc = new Map();
  for (const unit of units.values()) {
    const list = byDoc.get(docKey(unit)) ?? [];
    list.push(unit);
    byDoc.set(docKey(unit), list);
  }
  const stale = [];
  for (const judgment of judgments) {
    const candidates = (byDoc.get(docKey(judgment)) ?? []).filter((u) => !u.judgment);
    const unit = pick(candidates, judgment);
    if (unit) unit.judgment = judgment;
    else stale.push(judgment);
  }
  return { units: [...units.values()], stale };
}

function pick(candidates, judgment) {
  const exact = candidates.find(
    (u) =>
      u.line === judgment.line && (!judgment.fingerprint || u.fingerprint === judgment.fingerprint),
  );
  if (exact) return exact;
  if (!judgment.fingerprint) return undefined;
  const moved = candidates.filter((u) => u.fingerprint === judgment.fingerprint);
  moved.sort((a, b) => Math.abs(a.line - judgment.line) - Math.abs(b.line - judgment.line));
  return moved[0];
}
