import type { ParsedNumber } from '../metrics/parse-number.ts';
import type { TestsMetric } from '../model/doc.ts';
import { percentOf, type CoverageTotals, type Ratio, type TestRun } from './artifact.ts';

/**
 * Whether a written percent can stand for a measured one: rounding (`74%`
 * for 74.4), truncation (`74%` for 74.9) and estimates (`~74%`, within 5
 * points) all agree.
 */
export function percentAgrees(written: ParsedNumber, measured: number): boolean {
  const slack = written.approx ? Math.max(5, written.max * 0.05) : written.step / 2;
  const low = written.min - slack;
  const high = written.max + (written.approx ? slack : written.step);
  return measured >= low - 1e-9 && measured < high + 1e-9;
}

/**
 * The first count a claim states that the run contradicts, or null. A
 * written total may leave skipped tests out; a written failure count may
 * include errored tests.
 */
export function contradictedCount(
  claim: TestsMetric,
  run: TestRun,
): { name: keyof TestsMetric; written: number } | null {
  const allowed: Record<keyof TestsMetric, number[]> = {
    passed: [run.passed],
    failed: [run.failed, run.failed + run.errors],
    errors: [run.errors],
    skipped: [run.skipped],
    total: [run.total, run.total - run.skipped],
  };
  for (const name of ['passed', 'failed', 'errors', 'skipped', 'total'] as const) {
    const written = claim[name];
    if (written !== undefined && !allowed[name].includes(written)) return { name, written };
  }
  return null;
}

/** The pass rates a run can be said to have: of all tests, and of the tests that ran. */
export function passRates(run: TestRun): number[] {
  const ran = run.total - run.skipped;
  return [run.total, ran].filter((n) => n > 0).map((n) => (run.passed / n) * 100);
}

/** The coverage totals a headline `Coverage: N%` may quote: lines, statements, coverage.py's combined. */
export function headlineCoverages(totals: CoverageTotals): { name: string; value: number }[] {
  const kinds: [string, Ratio | undefined][] = [
    ['lines', totals.lines],
    ['statements', totals.statements],
    ['lines and branches', totals.combined],
  ];
  const values: { name: string; value: number }[] = [];
  for (const [name, ratio] of kinds) {
    const value = ratio ? percentOf(ratio) : undefined;
    if (value !== undefined) values.push({ name, value });
  }
  return values;
}

/** `45 passed, 5 failed, 1 skipped`: the counts of a run, zeros left out after `passed`. */
export function describeRun(run: TestRun): string {
  const parts = [`${run.passed} passed`];
  if (run.failed > 0) parts.push(`${run.failed} failed`);
  if (run.errors > 0) parts.push(`${run.errors} errors`);
  if (run.skipped > 0) parts.push(`${run.skipped} skipped`);
  return parts.join(', ');
}

/** A percent with one decimal, as artifacts are compared: `74.1%`. */
export function formatPercent(value: number): string {
  return `${(Math.round(value * 10) / 10).toFixed(1)}%`;
}
