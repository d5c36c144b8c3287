import type { BodyClaim, PercentClaim, TestsClaim } from '../metrics/body-claim.ts';
import type { ParsedNumber } from '../metrics/parse-number.ts';
import { percentText } from '../metrics/stated-state.ts';
import type { Doc, TestsMetric } from '../model/doc.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

const NAMES = { completion: 'Completion', coverage: 'Coverage', passRate: 'Pass rate' } as const;
const COUNTS = ['passed', 'failed', 'errors', 'skipped', 'total'] as const;
/** Labels that speak for the whole doc's subject: an `Overall` or `Total` row or line. */
const OVERALL = /^\W*(?:overall|total|grand total|gesamt|总计)\b/i;

/** The interval a written value stands for: rounding, and estimates (`~40%`) within 5 points. */
function interval(value: ParsedNumber): [number, number] {
  const slack = value.approx ? Math.max(5, value.max * 0.05) : value.step / 2;
  return [value.min - slack, value.max + slack];
}

function exact(value: number): [number, number] {
  // Frontmatter numbers are written as measured; allow the rounding of the body's percent.
  return [value - 0.05, value + 0.05];
}

const overlaps = (a: [number, number], b: [number, number]): boolean =>
  a[0] <= b[1] + 1e-9 && b[0] <= a[1] + 1e-9;

/**
 * `metric-conflict`: one metric with two values in the same doc. Values are
 * the doc's own headline figures: header lines (head, summary, footer) and
 * `Overall`/`Total` lines and rows; a figure in a section (one phase's test
 * count, one module's coverage, one iteration's result) is about that
 * section, not the doc, and two figures on one line are two subjects. The
 * frontmatter's value against the body's claims of the current state, and
 * the body's current claims against each other (a header `Completion: 100%`
 * against an `Overall Completion: 85%` line or an `Overall` table row).
 * Only claims that describe the current state of the whole doc count: trend
 * tables, changelog entries, `17% → 87%`, targets and part-level labels
 * (`Backend coverage`) are not compared. Estimates agree within 5 points.
 */
export const metricConflict: DocRule = {
  id: 'metric-conflict',
  description: 'One metric cannot have two different current values in the same doc.',
  check({ source, index, doc }) {
    const heads = new Set(index.model.headers.map((field) => field.source.line));
    const claims = index.claims.filter(
      (c) => c.current && (heads.has(c.position.start.line) || OVERALL.test(c.label ?? '')),
    );
    const reported = new Set<BodyClaim>();
    const conflict = (claim: BodyClaim, reason: string, expected: string) => {
      if (reported.has(claim)) return;
      reported.add(claim);
      report(source.file, 'metric-conflict', reason, claim.position, {
        expected: [expected],
        actual: claim.text,
      });
    };
    checkFrontmatter(doc, claims, conflict);
    for (const metric of ['completion', 'coverage', 'passRate'] as const) {
      const percents = claims.filter((c): c is PercentClaim => c.metric === metric);
      const first = percents[0];
      if (!first) continue;
      // One report per contradicting value: `85%` in a table and in a line is one disagreement.
      const seen: PercentClaim[] = [];
      for (const claim of percents.slice(1)) {
        if (overlaps(interval(first.value), interval(claim.value))) continue;
        if (claim.position.start.line === first.position.start.line) continue;
        if (seen.some((other) => overlaps(interval(other.value), interval(claim.value)))) continue;
        seen.push(claim);
        conflict(
          claim,
          `${NAMES[metric]} \`${percentText(claim)}\` contradicts \`${percentText(first)}\` (line ${first.position.start.line}); make them agree`,
          percentText(first),
        );
      }
    }
    const tests = claims.filter((c): c is TestsClaim => c.metric === 'tests');
    const firstTests = tests[0];
    for (const claim of tests.slice(1)) {
      if (!firstTests) break;
      if (claim.position.start.line === firstTests.position.start.line) continue;
      const differs = differingCount(firstTests.counts, claim.counts);
      if (!differs) continue;
      conflict(
        claim,
        `Tests ${differs.name} \`${differs.b}\` contradicts \`${differs.a}\` (line ${firstTests.position.start.line}); make them agree`,
        String(differs.a),
      );
    }
  },
};

function differingCount(
  a: TestsMetric,
  b: TestsMetric,
): { name: string; a: number; b: number } | null {
  for (const name of COUNTS) {
    const x = a[name];
    const y = b[name];
    if (x !== undefined && y !== undefined && x !== y) return { name, a: x, b: y };
  }
  return null;
}

function checkFrontmatter(
  doc: Doc,
  claims: readonly BodyClaim[],
  conflict: (claim: BodyClaim, reason: string, expected: string) => void,
): void {
  const fromFrontmatter = (field: 'metrics.completion' | 'metrics.coverage' | 'metrics.tests') =>
    doc.sources[field]?.from === 'frontmatter' ? doc.sources[field] : undefined;
  const line = (field: 'metrics.completion' | 'metrics.coverage' | 'metrics.tests') => {
    const at = doc.sources[field]?.line;
    return at ? ` (line ${at})` : '';
  };
  const completion = doc.metrics.completion;
  if (completion !== undefined && fromFrontmatter('metrics.completion')) {
    for (const claim of claims) {
      if (claim.metric !== 'completion' || overlaps(exact(completion), interval(claim.value))) {
        continue;
      }
      conflict(
        claim,
        `Completion \`${percentText(claim)}\` contradicts the frontmatter \`completion: ${completion}\`${line('metrics.completion')}; make them agree`,
        `${completion}%`,
      );
    }
  }
  const coverage = doc.metrics.coverage;
  if (coverage && fromFrontmatter('metrics.coverage')) {
    for (const claim of claims) {
      if (claim.metric !== 'coverage' || overlaps(exact(coverage.value), interval(claim.value))) {
        continue;
      }
      conflict(
        claim,
        `Coverage \`${percentText(claim)}\` contradicts the frontmatter \`coverage.value: ${coverage.value}\`${line('metrics.coverage')}; make them agree`,
        `${coverage.value}%`,
      );
    }
  }
  const tests = doc.metrics.tests;
  if (tests && fromFrontmatter('metrics.tests')) {
    for (const claim of claims) {
      if (claim.metric !== 'tests') continue;
      const differs = differingCount(tests, claim.counts);
      if (!differs) continue;
      conflict(
        claim,
        `Tests ${differs.name} \`${differs.b}\` contradicts the frontmatter \`tests.${differs.name}: ${differs.a}\`${line('metrics.tests')}; make them agree`,
        String(differs.a),
      );
    }
  }
}
