/** Test counts of one run, as a CI artifact records them. */
export interface TestRun {
  passed: number;
  /** Assertions that failed (JUnit `<failure>`). */
  failed: number;
  /** Tests that broke before asserting (JUnit `<error>`). */
  errors: number;
  skipped: number;
  total: number;
}

/** Covered and coverable amounts of one kind (lines, statements, branches, functions). */
export interface Ratio {
  covered: number;
  total: number;
}

/** Coverage totals; `lines` is always there, the rest when the format records them. */
export interface CoverageTotals {
  lines: Ratio;
  statements?: Ratio;
  branches?: Ratio;
  functions?: Ratio;
  /** coverage.py's total with branch coverage on: statements and branches together. */
  combined?: Ratio;
}

/** Coverage of a run: totals and each file's lines. */
export interface CoverageData {
  totals: CoverageTotals;
  /** Line coverage per file, by path as the artifact writes it (`/` separators). */
  files: ReadonlyMap<string, Ratio>;
}

/** The formats statusdocs reads. */
export type ArtifactFormat = 'junit' | 'lcov' | 'cobertura' | 'istanbul' | 'coverage-py';

/** One CI artifact, read. */
export interface Artifact {
  /** Path as the user gave it or as found, relative to the project, `/` separators. */
  path: string;
  format: ArtifactFormat;
  /**
   * When the run happened, `YYYY-MM-DD`: the artifact's own timestamp
   * (JUnit `timestamp`, Cobertura `timestamp`, coverage.py `meta.timestamp`),
   * else the file's modification time.
   */
  date: string;
  /** Whether `date` came from the artifact's content (true) or the file's time (false). */
  dated: boolean;
  tests?: TestRun;
  coverage?: CoverageData;
}

/** An artifact that could not be read: where and why. */
export interface ArtifactProblem {
  path: string;
  line: number;
  column: number;
  /** One sentence, house style: what is wrong, then what happens or what to do. */
  reason: string;
}

/** What a parser returns: the data, or a problem at a place in the artifact. */
export type ParseOutcome<T> =
  { ok: true; value: T } | { ok: false; line: number; column: number; reason: string };

/** The evidence of one check: the artifacts read and the ones that could not be. */
export interface Evidence {
  artifacts: Artifact[];
  problems: ArtifactProblem[];
  /**
   * Past versions of the artifacts git tracks, newest first, for docs that
   * describe an earlier state (`readArtifactHistory`); absent or empty when
   * git has none.
   */
  history?: Artifact[];
}

/** Percent of a ratio, or undefined when nothing is coverable. */
export function percentOf(ratio: Ratio): number | undefined {
  return ratio.total > 0 ? (ratio.covered / ratio.total) * 100 : undefined;
}
