import type { Position } from 'unist';
import type { Locator } from '../model/locate.ts';
import type { BodyClaim, PercentClaim } from './body-claim.ts';
import {
  describesChange,
  describesGoal,
  hasDate,
  inPastSection,
  isGenericLabel,
} from './claim-context.ts';
import { sectionAt, type Section } from './collect-sections.ts';
import type { TextLine } from './mask-text.ts';
import { parseNumber } from './parse-number.ts';
import { parseTestCounts } from './parse-test-counts.ts';

/** A percent as written: `~40%`, `~40-42%`, `98.6%`, `≥90%`, `80%+`. */
const PCT = String.raw`(?<![\w.])(?:~|≈|about\s+|approx\.?\s+|≥|>=|>|≤|<=|<)?\s*\d{1,3}(?:\.\d+)?(?:\s*[-–]\s*\d{1,3}(?:\.\d+)?)?\s*%\+?`;

/** Patterns per metric; group `v` is the value. */
const PATTERNS: { metric: PercentClaim['metric']; pattern: RegExp }[] = [
  {
    metric: 'completion',
    pattern: new RegExp(String.raw`(?<v>${PCT})\s+(?:complete|completed|done|finished)\b`, 'gi'),
  },
  {
    metric: 'coverage',
    pattern: new RegExp(
      String.raw`\bcoverage\b[\s:=(]*(?:(?:is|at|of|now|currently|improving|stands at)\b[\s:(]*)?(?<v>${PCT})|(?<v2>${PCT})\s+(?:[a-z]+\s+)?coverage\b`,
      'gi',
    ),
  },
  {
    metric: 'passRate',
    pattern: new RegExp(
      String.raw`(?<v>${PCT})\s+(?:pass(?:ing)?\s+rate|(?:of\s+tests\s+)?passing)\b|\bpass(?:ing)?\s+rate\b[\s:=(]*(?:(?:of|is|at|improved to|now)\b\s*)?(?<v2>${PCT})`,
      'gi',
    ),
  },
];

/** Labels whose value is the metric itself: `**Overall Progress**: ~40%`. */
const LABEL_METRIC: { metric: PercentClaim['metric']; pattern: RegExp }[] = [
  { metric: 'completion', pattern: /\b(?:completion|progress|complete)\b|^overall$/ },
  { metric: 'coverage', pattern: /\bcoverage\b/ },
  { metric: 'passRate', pattern: /\bpass(?:ing)? rate\b/ },
];

const TARGET = new RegExp(String.raw`\btarget\w*\b\s*[:=]?\s*(?:of\s+)?(?<t>${PCT})`, 'i');
const PREFIX = /^(\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX]\]\s+)?)/;
const LABEL = /^([^:\n]{1,60}?)\s*:(?!\/)/;

/** What the claim extractors share about a doc. */
export interface TextScan {
  lines: readonly TextLine[];
  sections: readonly Section[];
  locate: Locator;
}

/** A value right after a label: `**Coverage**: ~40%`. */
const LABEL_VALUE = new RegExp(String.raw`^\s*(${PCT})`);

/**
 * What every claim needs somewhere in its line: a percent sign, or a test
 * count word (see `parseTestCounts`). A cheap test that skips most lines.
 */
const CLAIM_HINT = /%|pass|fail|err|skip/i;

/** Percent and test-count claims from the doc's prose, lists and headings (tables and code excluded). */
export function extractTextClaims(scan: TextScan): BodyClaim[] {
  const claims: BodyClaim[] = [];
  for (const line of scan.lines) {
    if (!/\d/.test(line.text) || !CLAIM_HINT.test(line.text)) continue;
    // Markup out, offsets kept.
    const clean = line.text.replace(/[*_]/g, ' ');
    const prefix = PREFIX.exec(clean)?.[1]?.length ?? 0;
    const labelMatch = LABEL.exec(clean.slice(prefix));
    const label = labelMatch?.[1]?.trim() || null;
    const valueStart = labelMatch ? prefix + labelMatch[0].length : prefix;
    const section = sectionAt(scan.sections, line.offset);
    let pastLine: boolean | undefined;
    // Only lines with a claim need to know; most lines have none.
    const past = (): boolean =>
      (pastLine ??=
        inPastSection(scan.sections, section) || describesChange(clean) || hasDate(clean));
    const base = (start: number, end: number, labelText: string | null) => ({
      text: clean.slice(prefix).trim().replace(/\s+/g, ' ').replace(/ :/g, ':'),
      position: positionOf(scan.locate, line.offset + start, line.offset + end),
      section: section?.title ?? null,
      label: labelText,
      place: 'text' as const,
    });
    const seen = new Set<number>();
    const addPercent = (metric: PercentClaim['metric'], start: number, written: string) => {
      if (seen.has(start)) return;
      const value = parseNumber(written);
      if (value?.kind !== 'percent') return;
      const lead = clean.slice(valueStart, start);
      const clause = lead.split(/[.;,(]/).at(-1) ?? '';
      if (describesGoal(clause) || (label !== null && describesGoal(label))) return;
      seen.add(start);
      const labelText = start >= valueStart ? label : null;
      const claim: PercentClaim = {
        metric,
        value,
        ...base(start, start + written.length, labelText),
        current: !past() && value.bound === undefined && isGenericLabel(metric, labelText),
      };
      const target = metric === 'coverage' ? TARGET.exec(clean.slice(start)) : null;
      const targetValue = target?.groups?.t ? parseNumber(target.groups.t) : null;
      if (targetValue?.kind === 'percent') claim.target = targetValue;
      claims.push(claim);
    };
    // Every percent pattern needs a `%`.
    if (label && clean.includes('%')) {
      const key = label.toLowerCase();
      const valueMatch = LABEL_VALUE.exec(clean.slice(valueStart));
      const metric = LABEL_METRIC.find((entry) => entry.pattern.test(key))?.metric;
      if (valueMatch?.[1] && metric && !describesGoal(key)) {
        const start = valueStart + valueMatch[0].length - valueMatch[1].length;
        addPercent(metric, start + leadingSpace(valueMatch[1]), valueMatch[1].trim());
      }
    }
    for (const { metric, pattern } of clean.includes('%') ? PATTERNS : []) {
      for (const match of clean.matchAll(pattern)) {
        const written = match.groups?.v ?? match.groups?.v2;
        if (!written) continue;
        const start = match.index + match[0].indexOf(written) + leadingSpace(written);
        addPercent(metric, start, written.trim());
      }
    }
    for (const match of parseTestCounts(clean)) {
      const labelText = match.start >= valueStart ? label : null;
      claims.push({
        metric: 'tests',
        counts: match.counts,
        ...base(match.start, match.end, labelText),
        current: !past() && isGenericLabel('tests', labelText),
      });
    }
  }
  return claims;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/** A unist position from two offsets. */
export function positionOf(locate: Locator, start: number, end: number): Position {
  const from = locate(start) ?? { line: 1, column: 1 };
  const to = locate(end) ?? from;
  return {
    start: { ...from, offset: start },
    end: { ...to, offset: end },
  };
}
