import type { TestsMetric } from '../model/doc.ts';
import type { TestsClaim } from './body-claim.ts';
import { describesChange, hasDate, inPastSection } from './claim-context.ts';
import { sectionAt, sectionChain, type Section } from './collect-sections.ts';
import type { DocIndex } from './doc-index.ts';
import { positionOf } from './extract-text-claims.ts';

/** Two statements of the doc's own test count that disagree. */
export interface RestatedCount {
  first: TestsClaim;
  later: TestsClaim;
  /** The count that differs (`total`, `passed`) and its two values. */
  name: keyof TestsMetric | 'tests';
  a: number;
  b: number;
}

/**
 * Section titles that speak of the doc's whole subject: `Summary`, `Test
 * Results`, `Verification`, `Status`. A section named for a part (a phase,
 * a PR, a module, a run) is about that part.
 */
const WHOLE_TITLE =
  /^(?:(?:executive|final|current|overall|quick|test(?:ing)?|validation|verification|execution)\s+){0,2}(?:summary|overview|status|results?|test(?:ing)?|tests|verification|validation|quality(?:\s+(?:gates|metrics))?|metrics|key metrics|conclusions?|tl;?dr|at a glance|outcome)$/i;

/** A count line with nothing else on it: `- ✅ 42 tests passing`, `All 40 tests pass.` */
const BARE_BEFORE = /^[\s>*_#+\-\d.)[\]xX]*?[^\w\s]*\s*(?:all\s+(?:of\s+the\s+)?)?$/i;
/** Words of a plain test count: `tests`, `passing`, `failed`, `of`. */
const COUNT_WORD = /^(?:tests?|pass\w*|fail\w*|skip\w*|errors?|out|of|and)$/i;
const BARE_AFTER = /^[\s*_.!)]*(?:\(\s*100(?:\.0+)?\s*%\s*\))?[^\w]*$/;

/**
 * The doc's own test count stated twice with different numbers, in its
 * head or in sections named for the whole (`Summary`, `Test Results`):
 * `42 tests passing` in the summary and `Tests: 40/40 passing` in the
 * results. Read as the doc's own count: a claim under a plain label
 * (`Tests`, `Test results`), or a line that is only the count. Not read:
 * claims in a section named for a part or in history, lines that describe a
 * change or carry a date, and docs whose plain test counts are more than
 * two different ones (a series of runs). The first statement is the reference.
 */
export function findRestatedCounts(text: string, index: DocIndex): RestatedCount[] {
  const { sections } = index;
  const claims = index.claims.filter((c): c is TestsClaim => c.metric === 'tests');
  const lines = new Set(claims.map((c) => c.position.start.line));
  const totals = totalLines(index).filter((c) => !lines.has(c.position.start.line));
  const own = [...claims, ...totals]
    .filter((c) => ownCount(c, text, sections))
    .sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
  const first = own[0];
  if (!first) return [];
  const found: RestatedCount[] = [];
  for (const later of own.slice(1)) {
    if (later.position.start.line === first.position.start.line) continue;
    const differs = differingCount(first.counts, later.counts);
    if (differs) found.push({ first, later, ...differs });
  }
  // A third value is a series (runs, fixes), not one count stated twice.
  const values = new Set(found.map((each) => each.b));
  return values.size === 1 ? found.slice(0, 1) : [];
}

/** A line that is only a test total: `- **Total Tests**: 72`, `Tests: 72 tests`. */
const TOTAL_LINE =
  /^(\s*(?:[-*+]\s+)?[*_]*(?:total\s+tests?|tests?\s+total|tests?\s+run|tests?)[*_]*\s*:\s*[*_]*\s*)(\d{1,3}(?:,\d{3})+|\d+)(?:\s+tests?)?[*_]*\s*\.?\s*$/i;

/** Test totals written as `Total Tests: 72`, which name no pass or fail and are not body claims. */
function totalLines({ lines, locate, sections }: DocIndex): TestsClaim[] {
  const found: TestsClaim[] = [];
  for (const line of lines) {
    const match = TOTAL_LINE.exec(line.text);
    if (!match?.[2]) continue;
    const start = line.offset + (match[1]?.length ?? 0);
    found.push({
      metric: 'tests',
      counts: { total: Number(match[2].replaceAll(',', '')) },
      text: line.text
        .replace(/[*_]/g, '')
        .replace(/^\s*[-*+]\s+/, '')
        .trim(),
      position: positionOf(locate, start, start + match[2].length),
      section: sectionAt(sections, line.offset)?.title ?? null,
      label: 'Total tests',
      place: 'text',
      current: true,
    });
  }
  return found;
}

function ownCount(claim: TestsClaim, text: string, sections: readonly Section[]): boolean {
  const at = claim.position.start.offset ?? 0;
  const section = sectionAt(sections, at);
  if (inPastSection(section)) return false;
  // The doc's title (`# …`) names the doc's subject itself.
  const chain = sectionChain(sections, section).filter((s) => s.depth > 1);
  if (!chain.every((s) => WHOLE_TITLE.test(plainTitle(s.title)))) {
    return false;
  }
  if (describesChange(claim.text) || hasDate(claim.text)) return false;
  if (claim.current) return true;
  if (claim.label !== null) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const end = claim.position.end.offset ?? at;
  // `31/31 unit tests passing` counts one kind of test, not the doc's.
  const words = text.slice(at, end).match(/[a-z]+/gi) ?? [];
  if (!words.every((word) => COUNT_WORD.test(word))) return false;
  return (
    BARE_BEFORE.test(text.slice(lineStart, at)) &&
    BARE_AFTER.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))
  );
}

/** A heading without emoji, numbering and markup: `✅ 3. Test Results` → `Test Results`. */
function plainTitle(title: string): string {
  return title
    .replace(/^[^a-z]*/i, '')
    .replace(/[^a-z]*$/i, '')
    .trim();
}

/** How many tests a claim counts: its total, or its passes when nothing failed. */
function size(counts: TestsMetric): number | undefined {
  if (counts.total !== undefined) return counts.total;
  const failing = (counts.failed ?? 0) + (counts.errors ?? 0) + (counts.skipped ?? 0);
  return failing === 0 ? counts.passed : undefined;
}

function differingCount(
  a: TestsMetric,
  b: TestsMetric,
): Pick<RestatedCount, 'name' | 'a' | 'b'> | null {
  const [x, y] = [size(a), size(b)];
  if (x !== undefined && y !== undefined && x !== y) return { name: 'tests', a: x, b: y };
  for (const name of ['passed', 'failed'] as const) {
    const [p, q] = [a[name], b[name]];
    if (p !== undefined && q !== undefined && p !== q) return { name, a: p, b: q };
  }
  return null;
}
