import type { CoverageData, ParseOutcome, Ratio } from './artifact.ts';
import { attribute, children, parseXml, type XmlNode } from './parse-xml.ts';

/** A Cobertura report read: coverage and its timestamp. */
export interface CoberturaReport {
  coverage: CoverageData;
  /** The root's `timestamp` (milliseconds or seconds since 1970), as an ISO date, if any. */
  timestamp?: string;
}

/**
 * Read Cobertura XML (coverage.py's `coverage xml`, Istanbul's `cobertura`
 * reporter, gcovr, JaCoCo converters). Each file's lines come from the
 * `<line number hits>` elements of its classes (a file split into several
 * classes counts each line once); the totals from the root's
 * `lines-covered`/`lines-valid` when written, else from the files.
 */
export function parseCobertura(text: string): ParseOutcome<CoberturaReport> {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  const root = children(parsed.value, 'coverage')[0];
  if (!root) {
    return { ok: false, line: 1, column: 1, reason: 'not Cobertura XML (no `<coverage>` root)' };
  }
  const hitsByFile = new Map<string, Map<number, boolean>>();
  for (const pack of children(root, 'packages').flatMap((p) => children(p, 'package'))) {
    for (const klass of children(pack, 'classes').flatMap((c) => children(c, 'class'))) {
      const file = attribute(klass, 'filename')?.replaceAll('\\', '/');
      if (!file) continue;
      const hits = hitsByFile.get(file) ?? new Map<number, boolean>();
      hitsByFile.set(file, hits);
      for (const line of children(klass, 'lines').flatMap((l) => children(l, 'line'))) {
        const at = Number(attribute(line, 'number'));
        const count = Number(attribute(line, 'hits'));
        if (Number.isInteger(at) && Number.isFinite(count)) {
          hits.set(at, (hits.get(at) ?? false) || count > 0);
        }
      }
    }
  }
  const files = new Map<string, Ratio>();
  const sum: Ratio = { covered: 0, total: 0 };
  for (const [file, hits] of hitsByFile) {
    const covered = [...hits.values()].filter(Boolean).length;
    files.set(file, { covered, total: hits.size });
    sum.covered += covered;
    sum.total += hits.size;
  }
  const lines = ratio(root, 'lines-covered', 'lines-valid') ?? sum;
  const branches = ratio(root, 'branches-covered', 'branches-valid');
  if (lines.total === 0 && files.size === 0) {
    return { ok: false, line: 1, column: 1, reason: 'a Cobertura report without any line data' };
  }
  const timestamp = isoOf(attribute(root, 'timestamp'));
  const coverage: CoverageData = {
    totals: branches && branches.total > 0 ? { lines, branches } : { lines },
    files,
  };
  return { ok: true, value: timestamp ? { coverage, timestamp } : { coverage } };
}

function ratio(node: XmlNode, covered: string, total: string): Ratio | undefined {
  const c = Number(attribute(node, covered));
  const t = Number(attribute(node, total));
  return Number.isFinite(c) && Number.isFinite(t) && attribute(node, total) !== undefined
    ? { covered: c, total: t }
    : undefined;
}

function isoOf(stamp: string | undefined): string | undefined {
  const number = Number(stamp);
  if (!stamp || !Number.isFinite(number) || number <= 0) return undefined;
  // Cobertura writers disagree: coverage.py writes milliseconds, others seconds.
  const date = new Date(number > 1e11 ? number : number * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
