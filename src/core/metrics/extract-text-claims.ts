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

const TARGET = new RegExp(String.raw`\btarget\w*\b\s*[:=]?\s*(?:of\s+)?(?<t>${PCT})`, 'gi');
const PREFIX = /^(\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX]\]\s+)?)/;
const LABEL = /^([^:\n]{1,60}?)\s*:(?!\/)/;

/** What the claim extractors share about a doc. */
export interface TextScan {
  lines: readonly TextLine[];
  sections: readonly Section[];
  locate: Locator;
  /**
   * The doc's text as written (the lines are masked): a code span before a
   * claim's value names what the claim is about (`` `src/auth.py`
   * coverage: 40% ``), so the claim is not the whole doc's current state.
   */
  text?: string;
}

/** A value right after a label: `**Coverage**: ~40%`. */
const LABEL_VALUE = new RegExp(String.raw`^\s*(${PCT})`);

/**
 * What every claim needs somewhere in its line: a percent sign, or a test
 * count word (see `parseTestCounts`). A cheap test that skips most lines.
 */
const CLAIM_HINT = /%|pass|fail|err|skip/i;

/**
 * Percent and test-count claims from the doc's prose, lists and headings
 * (tables and code excluded). Stops once it holds more than `limit` claims,
 * so a hostile doc costs at most that many; the caller reports the excess.
 */
export function extractTextClaims(scan: TextScan, limit = Infinity): BodyClaim[] {
  const claims: BodyClaim[] = [];
  for (const line of scan.lines) {
    if (claims.length > limit) break;
    if (!/\d/.test(line.text) || !CLAIM_HINT.test(line.text)) continue;
    // Markup out, offsets kept.
    const clean = line.text.replace(/[*_]/g, ' ');
    const prefix = PREFIX.exec(clean)?.[1]?.length ?? 0;
    const labelMatch = LABEL.exec(clean.slice(prefix));
    const label = labelMatch?.[1]?.trim() || null;
    const valueStart = labelMatch ? prefix + labelMatch[0].length : prefix;
    const section = sectionAt(scan.sections, line.offset);
    const aboutCode =
      scan.text?.slice(line.offset, line.offset + valueStart).includes('`') ?? false;
    let pastLine: boolean | undefined;
    // Only lines with a claim need to know; most lines have none.
    const past = (): boolean =>
      (pastLine ??= inPastSection(section) || describesChange(clean) || hasDate(clean));
    // Once per line, not per claim: a long line of many claims stays linear in time and memory.
    let lineText: string | undefined;
    const textAt = (start: number, end: number): string =>
      clean.length - prefix > MAX_CLAIM_TEXT
        ? excerpt(clean, Math.max(prefix, start - EXCERPT_SIDE), end + EXCERPT_SIDE)
        : (lineText ??= normalize(clean.slice(prefix)));
    let targets: RegExpExecArray[] | undefined;
    const targetAfter = (start: number): string | undefined => {
      targets ??= [...clean.matchAll(TARGET)];
      return targets[firstAtOrAfter(targets, start)]?.groups?.t;
    };
    const base = (start: number, end: number, labelText: string | null) => ({
      text: textAt(start, end),
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
      // The clause before the value, within a window: a goal word is never far from its value.
      const lead = clean.slice(Math.max(valueStart, start - CLAUSE_WINDOW), start);
      const clause = lead.split(/[.;,(]/).at(-1) ?? '';
      if (describesGoal(clause) || (label !== null && describesGoal(label))) return;
      seen.add(start);
      const labelText = start >= valueStart ? label : null;
      const claim: PercentClaim = {
        metric,
        value,
        ...base(start, start + written.length, labelText),
        current:
          !aboutCode && !past() && value.bound === undefined && isGenericLabel(metric, labelText),
      };
      const target = metric === 'coverage' ? targetAfter(start) : undefined;
      const targetValue = target ? parseNumber(target) : null;
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
        if (claims.length > limit) break;
        const written = match.groups?.v ?? match.groups?.v2;
        if (!written) continue;
        const start = match.index + match[0].indexOf(written) + leadingSpace(written);
        addPercent(metric, start, written.trim());
      }
    }
    for (const match of parseTestCounts(clean)) {
      if (claims.length > limit) break;
      const labelText = match.start >= valueStart ? label : null;
      claims.push({
        metric: 'tests',
        counts: match.counts,
        ...base(match.start, match.end, labelText),
        current: !aboutCode && !past() && isGenericLabel('tests', labelText),
      });
    }
  }
  return claims;
}

/** Lines longer than this quote an excerpt around each claim instead of the whole line. */
const MAX_CLAIM_TEXT = 300;
const EXCERPT_SIDE = 100;
/** How far before a value its clause is read for goal words (`target`, `should reach`). */
const CLAUSE_WINDOW = 200;

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/ :/g, ':');
}

/** `… text …` of `clean` between two offsets, marked where it was cut. */
function excerpt(clean: string, from: number, to: number): string {
  const cut = normalize(clean.slice(from, to));
  return `${from > 0 ? '… ' : ''}${cut}${to < clean.length ? ' …' : ''}`;
}

/** Index of the first match (sorted by index) at or after `offset`: a binary search. */
function firstAtOrAfter(matches: readonly RegExpExecArray[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((matches[middle]?.index ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
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
