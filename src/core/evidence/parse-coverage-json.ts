import { z } from 'zod';
import type { CoverageData, ParseOutcome, Ratio } from './artifact.ts';

const count = z.number().nonnegative();

/** One kind of an Istanbul summary entry (`lines`, `statements`, …). */
const istanbulRatio = z.object({ total: count, covered: count }).loose();

/** Istanbul's `coverage-summary.json` (the `json-summary` reporter): `total` plus one entry per file. */
const istanbulSummarySchema = z
  .object({
    total: z
      .object({
        lines: istanbulRatio,
        statements: istanbulRatio.optional(),
        branches: istanbulRatio.optional(),
        functions: istanbulRatio.optional(),
      })
      .loose(),
  })
  .catchall(z.unknown());

/** coverage.py's `coverage json` output (format 2 and later). */
const coveragePySchema = z
  .object({
    meta: z.object({ timestamp: z.string().optional() }).loose().optional(),
    files: z.record(
      z.string(),
      z
        .object({
          summary: z.object({ covered_lines: count, num_statements: count }).loose(),
        })
        .loose(),
    ),
    totals: z
      .object({
        covered_lines: count,
        num_statements: count,
        covered_branches: count.optional(),
        num_branches: count.optional(),
      })
      .loose(),
  })
  .loose();

/** A coverage JSON report read, with the run's timestamp when the format has one. */
export interface CoverageJsonReport {
  coverage: CoverageData;
  timestamp?: string;
}

/** Read Istanbul's `coverage-summary.json`, validated with zod. */
export function parseIstanbulSummary(text: string): ParseOutcome<CoverageJsonReport> {
  const parsed = parseJson(text, istanbulSummarySchema, 'an Istanbul coverage summary');
  if (!parsed.ok) return parsed;
  const { total, ...rest } = parsed.value;
  const files = new Map<string, Ratio>();
  for (const [file, entry] of Object.entries(rest)) {
    const lines = istanbulRatio.safeParse((entry as { lines?: unknown } | null)?.lines);
    if (lines.success) files.set(file.replaceAll('\\', '/'), pick(lines.data));
  }
  const totals = {
    lines: pick(total.lines),
    ...(total.statements ? { statements: pick(total.statements) } : {}),
    ...(total.branches ? { branches: pick(total.branches) } : {}),
    ...(total.functions ? { functions: pick(total.functions) } : {}),
  };
  return { ok: true, value: { coverage: { totals, files } } };
}

/** Read coverage.py's JSON report, validated with zod. */
export function parseCoveragePy(text: string): ParseOutcome<CoverageJsonReport> {
  const parsed = parseJson(text, coveragePySchema, 'a coverage.py JSON report');
  if (!parsed.ok) return parsed;
  const { files: entries, totals, meta } = parsed.value;
  const files = new Map<string, Ratio>();
  for (const [file, entry] of Object.entries(entries)) {
    files.set(file.replaceAll('\\', '/'), {
      covered: entry.summary.covered_lines,
      total: entry.summary.num_statements,
    });
  }
  const lines = { covered: totals.covered_lines, total: totals.num_statements };
  const branches =
    totals.num_branches !== undefined && totals.num_branches > 0
      ? { covered: totals.covered_branches ?? 0, total: totals.num_branches }
      : undefined;
  const coverage: CoverageData = {
    totals: branches
      ? {
          lines,
          statements: lines,
          branches,
          combined: {
            covered: lines.covered + branches.covered,
            total: lines.total + branches.total,
          },
        }
      : { lines, statements: lines },
    files,
  };
  const timestamp =
    meta?.timestamp && !Number.isNaN(Date.parse(meta.timestamp)) ? meta.timestamp : undefined;
  return { ok: true, value: timestamp ? { coverage, timestamp } : { coverage } };
}

function pick(ratio: { covered: number; total: number }): Ratio {
  return { covered: ratio.covered, total: ratio.total };
}

function parseJson<T>(text: string, schema: z.ZodType<T>, what: string): ParseOutcome<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, line: 1, column: 1, reason: `not JSON (${(error as Error).message})` };
  }
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const at = issue?.path.length ? ` at \`${issue.path.join('.')}\`` : '';
  return { ok: false, line: 1, column: 1, reason: `not ${what}${at}: ${issue?.message ?? ''}` };
}
