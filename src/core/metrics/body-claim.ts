import type { Position } from 'unist';
import type { TestsMetric } from '../model/doc.ts';
import type { ParsedNumber } from './parse-number.ts';

/** Which metric a body claim is about. */
export type ClaimMetric = 'tests' | 'passRate' | 'coverage' | 'completion' | 'tasks';

/** Where in the doc a claim was read. */
export type ClaimPlace = 'text' | 'table' | 'tasks';

interface ClaimBase {
  /** The claim as written, markup removed (`Overall Completion: 100%`). */
  text: string;
  /** Where the claim's value is. */
  position: Position;
  /** Title of the nearest heading above the claim, or null before the first heading. */
  section: string | null;
  /** The label the value stands under (`Overall Completion`, a table row's first cell), if any. */
  label: string | null;
  place: ClaimPlace;
  /**
   * Whether the claim describes the current state of the whole doc's subject:
   * a summary line or header (`**Coverage**: 48%`), an `Overall`/`Current`/
   * `Total` row of a table that is not a trend table. History (changelog
   * entries, dated lines, `17% → 87%`), targets, bounds (`≥90%`), quotes and
   * qualified labels (`Backend coverage`, `Phase 1 completion`) are not.
   */
  current: boolean;
}

/** Test counts: `31/62 passing`, `4 passed, 1 failed`, `Tests Passing | 31/62`. */
export interface TestsClaim extends ClaimBase {
  metric: 'tests';
  counts: TestsMetric;
}

/** A percent: pass rate, coverage (with its target when written) or completion. */
export interface PercentClaim extends ClaimBase {
  metric: 'passRate' | 'coverage' | 'completion';
  value: ParsedNumber;
  /** For coverage: the target written beside it (`target: 80%`). */
  target?: ParsedNumber;
}

/** Task list counts: `[x]` done out of all `[x]`/`[ ]` items, per section or for the whole doc. */
export interface TasksClaim extends ClaimBase {
  metric: 'tasks';
  done: number;
  total: number;
  /** `section`: the items directly under one heading; `doc`: every item in the doc. */
  scope: 'section' | 'doc';
}

/** One metric claim read from a doc's body. */
export type BodyClaim = TestsClaim | PercentClaim | TasksClaim;
