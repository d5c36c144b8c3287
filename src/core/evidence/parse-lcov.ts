import type { CoverageData, ParseOutcome, Ratio } from './artifact.ts';

/**
 * Read an LCOV tracefile (`lcov.info`, as geninfo, c8, Istanbul, Node's test
 * runner and coverage.py's `lcov` command write it). LCOV is a line format:
 * `SF:` opens a file's record, `DA:<line>,<hits>` is one line's hits,
 * `LF`/`LH` are the record's summary, `end_of_record` closes it. A file's
 * lines are counted from its `DA` records (a line listed twice, as merged
 * tracefiles do, counts once, covered if any record hit it); `LF`/`LH` are
 * used only for a record without `DA` lines. Unknown records (`FN`, `BRDA`,
 * `TN`, …) are skipped, as LCOV readers must.
 */
export function parseLcov(text: string): ParseOutcome<CoverageData> {
  const records = new Map<string, { hits: Map<number, boolean>; lf?: number; lh?: number }>();
  const functions: Ratio = { covered: 0, total: 0 };
  const branches: Ratio = { covered: 0, total: 0 };
  let current: { path: string; hits: Map<number, boolean>; lf?: number; lh?: number } | undefined;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]?.trim() ?? '';
    if (line === '') continue;
    const colon = line.indexOf(':');
    const key = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1);
    const problem = (reason: string) =>
      ({ ok: false, line: index + 1, column: 1, reason }) as const;
    if (key === 'SF') {
      if (value === '') return problem('an `SF:` record without a file name');
      const path = value.replaceAll('\\', '/');
      const known = records.get(path);
      current = known ? { path, ...known } : { path, hits: new Map() };
    } else if (key === 'end_of_record') {
      if (current) records.set(current.path, current);
      current = undefined;
    } else if (key === 'DA') {
      const [lineNumber, hits] = value.split(',');
      const at = Number(lineNumber);
      const count = Number(hits);
      if (!current) return problem('a `DA:` record outside a file record (no `SF:` before it)');
      if (!Number.isInteger(at) || at < 1 || !Number.isFinite(count)) {
        return problem(`\`${line}\` is not a \`DA:<line>,<hits>\` record`);
      }
      current.hits.set(at, (current.hits.get(at) ?? false) || count > 0);
    } else if (key === 'LF' || key === 'LH') {
      if (current) current[key === 'LF' ? 'lf' : 'lh'] = Number(value);
    } else if (key === 'FNF' || key === 'BRF') {
      (key === 'FNF' ? functions : branches).total += Number(value) || 0;
    } else if (key === 'FNH' || key === 'BRH') {
      (key === 'FNH' ? functions : branches).covered += Number(value) || 0;
    }
  }
  if (current) {
    return {
      ok: false,
      line: lines.length,
      column: 1,
      reason: `the record of \`${current.path}\` has no \`end_of_record\` (a truncated file?)`,
    };
  }
  const files = new Map([...records].map(([path, record]) => [path, summarize(record)]));
  if (files.size === 0) {
    return { ok: false, line: 1, column: 1, reason: 'not LCOV (no `SF:` file records)' };
  }
  const totals = { lines: { covered: 0, total: 0 } };
  for (const ratio of files.values()) {
    totals.lines.covered += ratio.covered;
    totals.lines.total += ratio.total;
  }
  return {
    ok: true,
    value: {
      totals: {
        ...totals,
        ...(functions.total > 0 ? { functions } : {}),
        ...(branches.total > 0 ? { branches } : {}),
      },
      files,
    },
  };
}

function summarize(record: { hits: Map<number, boolean>; lf?: number; lh?: number }): Ratio {
  if (record.hits.size === 0 && record.lf !== undefined && Number.isFinite(record.lf)) {
    return { covered: Math.min(record.lh ?? 0, record.lf), total: record.lf };
  }
  let covered = 0;
  for (const hit of record.hits.values()) if (hit) covered += 1;
  return { covered, total: record.hits.size };
}
