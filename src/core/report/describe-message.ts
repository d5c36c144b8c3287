import type { Point } from 'unist';
import type { MojibakePlace } from '../encoding/mojibake-place.ts';
import { FIXABLE_RULES } from '../fix/collect-fixes.ts';
import type { Diagnostic } from '../diagnostics/report.ts';
import { isRuleId, ruleUrl } from '../diagnostics/rule-ids.ts';
import { severityOf, type Severity } from '../diagnostics/severity.ts';

/**
 * The fields of a diagnostic every reporter needs, flattened and
 * JSON-ready. Positions are 1-based; a missing value is `null`, never
 * guessed: a message placed at a point has no end, so `endLine` and
 * `endColumn` are `null` rather than a copy of the start.
 */
export interface MessageFields {
  /** The rule that reported, e.g. `missing-heading`; `null` when unknown. */
  ruleId: string | null;
  severity: Severity;
  /** The reason, as written by the rule (one sentence, may hold code spans). */
  message: string;
  line: number | null;
  column: number | null;
  /** End of the range, exclusive as in unist (the point after the last character). */
  endLine: number | null;
  endColumn: number | null;
  /** The rule's documentation. */
  url: string | null;
  /** Whether `statusdocs fix --write` repairs it (wholly or, for `mojibake`, its certain places). */
  fixable: boolean;
  /** `mojibake` only: every place the one finding of the file stands for. */
  places?: MojibakePlace[];
}

/** Flatten one diagnostic into the fields reporters print. */
export function describeMessage(message: Diagnostic): MessageFields {
  const place = message.place;
  const start: Partial<Point> | undefined = place && 'start' in place ? place.start : place;
  const end: Partial<Point> | undefined = place && 'start' in place ? place.end : undefined;
  const ruleId = message.ruleId ?? null;
  return {
    ruleId,
    severity: severityOf(message),
    message: message.reason,
    line: start?.line ?? message.line ?? null,
    column: start?.column ?? message.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    url: message.url ?? (ruleId !== null && isRuleId(ruleId) ? ruleUrl(ruleId) : null),
    fixable: ruleId !== null && FIXABLE_RULES.includes(ruleId) && (message.fix?.length ?? 0) > 0,
    ...(message.places ? { places: message.places } : {}),
  };
}
