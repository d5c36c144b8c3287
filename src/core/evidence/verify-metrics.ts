import type { PercentClaim, TestsClaim } from '../metrics/body-claim.ts';
import { percentText } from '../metrics/stated-state.ts';
import type { Artifact, Evidence, TestRun } from './artifact.ts';
import { claimScope, moduleCoverage } from './claim-scope.ts';
import {
  contradictedCount,
  describeRun,
  formatPercent,
  headlineCoverages,
  passRates,
  percentAgrees,
} from './compare-evidence.ts';
import { artifactsOfTheirTime } from './artifacts-of-their-time.ts';
import { selectCurrentDocs } from './current-docs.ts';
import type { EvidenceDoc } from './evidence-doc.ts';

/** Whether a metric claim was checked against an artifact, and how it fared. */
export type EvidenceState = 'verified' | 'contradicted' | 'unverifiable';

/** One metric claim of a doc held against the CI artifacts. */
export interface MetricVerdict {
  /** The doc's path, relative to the content root. */
  path: string;
  metric: 'tests' | 'passRate' | 'coverage';
  /** `total`, or the module or file a coverage claim is about. */
  scope: string;
  /** The value as written (`50/50 passing`, `85%`). */
  written: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  state: EvidenceState;
  /** The artifact compared with (its path and run date); absent when unverifiable for want of one. */
  artifact?: { path: string; date: string };
  /** What the artifact says (`45 passed, 5 failed`, `60.0% of lines`), or why it could not be compared. */
  detail: string;
}

/**
 * Hold the metric claims of each doc against the CI artifacts: test counts
 * and pass rates against the JUnit reports (summed), coverage against each
 * coverage artifact (a claim agrees if any artifact agrees). Docs that
 * describe the current state ({@link selectCurrentDocs}) are compared with
 * artifacts not older than the doc; other docs with the versions git kept
 * from their own time ({@link artifactsOfTheirTime}), else their claims are
 * unverifiable. A module's coverage is compared with that module's lines,
 * the total with the total; a claim whose scope cannot be mapped is left
 * out. Pure; empty when there are no artifacts. `currentOnly` skips the
 * other docs (their claims are only ever unverifiable), so a warm check
 * parses no doc but the current ones.
 */
export function verifyMetrics(
  docs: readonly EvidenceDoc[],
  evidence: Evidence,
  options: { currentOnly?: boolean } = {},
): MetricVerdict[] {
  if (evidence.artifacts.length === 0) return [];
  const current = selectCurrentDocs(docs);
  const junit = evidence.artifacts.filter((a) => a.tests);
  const coverage = evidence.artifacts.filter((a) => a.coverage);
  const run = sumRuns(junit);
  const history = evidence.history ?? [];
  const verdicts: MetricVerdict[] = [];
  for (const checked of docs) {
    // Without past runs in git, claims of other docs are only ever unverifiable: a check need not read them.
    if (options.currentOnly && !current.has(checked) && history.length === 0) continue;
    const docDate = checked.doc.updated ?? checked.doc.date;
    for (const claim of checked.analysis.bodyClaims) {
      if (claim.metric !== 'tests' && claim.metric !== 'passRate' && claim.metric !== 'coverage') {
        continue;
      }
      const metric = claim.metric;
      const prefix = linePrefix(checked.source.text, claim.position.start.offset ?? 0);
      const scope =
        claim.metric === 'coverage'
          ? claimScope(claim.label, prefix, claim.current)
          : claim.current && !prefix.includes('`')
            ? 'total'
            : null;
      if (scope === null) continue;
      const base = place(checked.doc.path, metric, claim, scope);
      const pool = claim.metric === 'coverage' ? coverage : junit;
      if (pool.length === 0) continue;
      const kind = claim.metric === 'coverage' ? 'coverage' : 'tests';
      const isCurrent = current.has(checked);
      // An earlier doc is held against the runs of its own time, when git kept them.
      const usable = isCurrent
        ? pool.filter((a) => docDate === null || a.date >= docDate)
        : artifactsOfTheirTime(history, docDate, kind);
      if (usable.length === 0) {
        verdicts.push({
          ...base,
          state: 'unverifiable',
          detail: isCurrent
            ? `the artifacts predate the doc (${docDate ?? ''})`
            : 'the doc describes an earlier state than the artifacts',
        });
        continue;
      }
      if (claim.metric === 'coverage') verdicts.push(coverageVerdict(base, claim, usable, scope));
      else if (isCurrent && run) verdicts.push(testsVerdict(base, claim, run));
      else if (!isCurrent) verdicts.push(pastTestsVerdict(base, claim, usable));
    }
  }
  return verdicts;
}

type Base = Omit<MetricVerdict, 'state' | 'artifact' | 'detail'>;

function place(
  path: string,
  metric: MetricVerdict['metric'],
  claim: TestsClaim | PercentClaim,
  scope: string,
): Base {
  const { start, end } = claim.position;
  return {
    path,
    metric,
    scope,
    written: claim.metric === 'tests' ? testsText(claim) : percentText(claim),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

function testsVerdict(
  base: Base,
  claim: TestsClaim | PercentClaim,
  run: { tests: TestRun; path: string; date: string },
): MetricVerdict {
  const artifact = { path: run.path, date: run.date };
  const detail = describeRun(run.tests);
  const agrees =
    claim.metric === 'tests'
      ? contradictedCount(claim.counts, run.tests) === null
      : passRates(run.tests).some((rate) => percentAgrees(claim.value, rate));
  const rate = passRates(run.tests)[0];
  const extra =
    claim.metric === 'passRate' && rate !== undefined ? ` (${formatPercent(rate)})` : '';
  return { ...base, state: agrees ? 'verified' : 'contradicted', artifact, detail: detail + extra };
}

/** A claim of an earlier doc against each run of its time: it agrees if any run does. */
function pastTestsVerdict(
  base: Base,
  claim: TestsClaim | PercentClaim,
  runs: readonly Artifact[],
): MetricVerdict {
  const verdicts = runs.flatMap((artifact) =>
    artifact.tests
      ? [
          testsVerdict(base, claim, {
            tests: artifact.tests,
            path: artifact.path,
            date: artifact.date,
          }),
        ]
      : [],
  );
  return (
    verdicts.find((verdict) => verdict.state === 'verified') ??
    verdicts[0] ?? {
      ...base,
      state: 'unverifiable',
      detail: "no test run of the doc's time",
    }
  );
}

function coverageVerdict(
  base: Base,
  claim: PercentClaim,
  artifacts: readonly Artifact[],
  scope: string,
): MetricVerdict {
  let first: MetricVerdict | undefined;
  for (const artifact of artifacts) {
    const data = artifact.coverage;
    if (!data) continue;
    const measured =
      scope === 'total'
        ? headlineCoverages(data.totals)
        : [moduleCoverage(scope, data.files)]
            .filter((r) => r !== null && r.total > 0)
            .map((r) => ({
              name: 'its lines',
              value: ((r?.covered ?? 0) / (r?.total ?? 1)) * 100,
            }));
    if (measured.length === 0) continue;
    const at = { path: artifact.path, date: artifact.date };
    const detail = measured.map((m) => `${formatPercent(m.value)} of ${m.name}`).join(', ');
    if (measured.some((m) => percentAgrees(claim.value, m.value))) {
      return { ...base, state: 'verified', artifact: at, detail };
    }
    first ??= { ...base, state: 'contradicted', artifact: at, detail };
  }
  return first ?? { ...base, state: 'unverifiable', detail: `no artifact has \`${scope}\`` };
}

function sumRuns(
  junit: readonly Artifact[],
): { tests: TestRun; path: string; date: string } | null {
  if (junit.length === 0) return null;
  const tests: TestRun = { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 };
  for (const artifact of junit) {
    for (const key of ['passed', 'failed', 'errors', 'skipped', 'total'] as const) {
      tests[key] += artifact.tests?.[key] ?? 0;
    }
  }
  const date =
    junit
      .map((a) => a.date)
      .sort()
      .at(-1) ?? '';
  const path = junit.length === 1 ? (junit[0]?.path ?? '') : `${junit.length} JUnit reports`;
  return { tests, path, date };
}

/** The counts as written, after the label: `50/50 passing`. */
function testsText(claim: TestsClaim): string {
  const text = claim.label
    ? claim.text.slice(claim.text.indexOf(claim.label) + claim.label.length)
    : claim.text;
  return (
    text
      .replace(/^[\s:|–—-]+/, '')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim() || claim.text
  );
}

function linePrefix(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}
