import { lookupUnit } from './units.ts';

/** One part of a breakdown: `15 unit`. */
export interface BreakdownPart {
  value: number;
  /** The words after the number (`unit`, `in progress`), lowercase. */
  words: string;
}

/** A count broken down into parts: `26 tests (15 unit + 11 integration)`. */
export interface Breakdown {
  total: number;
  /** The words between the total and its parts (`tests`), lowercase. */
  noun: string;
  parts: BreakdownPart[];
  /**
   * Whether every part is a state (`5 done, 4 in progress, 2 blocked`): the
   * states of a count cover it, so parts that add up to less are missing
   * some. Categories (`3 critical, 5 high`) are often listed in part.
   */
  states: boolean;
  /** Offsets in the searched text: the total's number, and the end of the parts. */
  start: number;
  end: number;
}

/** Words before a number that make it a name, not a count: `Phase 2 (…)`, `Python 3: …`. */
const NAME_WORD =
  /(?:^|[^a-z])(?:phase|step|stage|part|sprint|week|day|month|year|task|pr|issue|version|release|iteration|run|round|batch|wave|milestone|chapter|section|level|tier|priority|item|option|group|epic|story|session|fix|bug|ticket|rule|case|scenario|test|line|lines|page|figure|table|appendix|no|number|id|gate|layer|track|lane|turn|attempt|commit|python|node|java|v|q|p|m|t|[a-z]+[-_]|#)\s*$/i;

/** A total as a breakdown writes it: a count, up to three words, then `(` or `:`. */
const TOTAL =
  /(?<![\w.,/#$+~≈<>≥≤-])(\d{1,6})(?![\d.,%/:×x])((?:\s+[a-z][\w-]*){0,3}?)\s*(\(|:(?=\s))/gi;

/** One part: a plain count and up to four words (`5 in progress`, `2 blocked`). */
const PART = /^([1-9]\d{0,5}|0)((?:\s+[a-z][\w-]*){1,4})$/i;

/** Words of a state (`passing`, `done`, `active`): a total in one state is not split into others. */
const STATE =
  /\b(?:pass\w*|fail\w*|skip\w*|done|complete\w*|finish\w*|pending|active|open|closed|blocked|remaining|resolved|fixed|cancel\w*|deferred|in progress|todo|new|existing|pre-existing)\b/i;

/** Part words of a test run's result. */
const TEST_STATE = /\b(?:pass(?:ed|ing)?|fail(?:ed|ing|ures?)?|skip(?:ped)?|errors?|xfail\w*)\b/;

/** Part words that are one state alone: `done`, `in progress`, `not started`, `passed`. */
const STATE_ONLY =
  /^(?:tasks? |tests? |items? )?(?:done|complete|completed|finished|pending|in progress|in review|blocked|open|closed|todo|to do|not started|remaining|deferred|cancell?ed)$/;

/** Part separators: `,`, `;`, `+`, `and`. */
const SEPARATOR = /\s*(?:[,;+]|\band\b)\s*/i;

/**
 * Words that say the parts are some of the total, or another measure:
 * `including`, `e.g.`, `among them`, `of which`, `per`, `each`, `across`.
 */
const PARTIAL =
  /\b(?:incl\w*|e\.?g|such as|among|of which|other|others|etc|more|per|each|across|avg|average|max|min|out of|of|x|times|total|remaining)\b|…|\.\.\./i;

/**
 * The breakdowns in one line of prose: a count followed by its parts in
 * parentheses or after a colon, every part a plain count with its words
 * (`12 tasks: 5 done, 4 in progress, 2 blocked`, `26 tests (15 unit + 11
 * integration)`). Not read: numbers that name something (`Phase 2 (…)`),
 * estimates, bounds, ranges, percents and signed changes, a list with any
 * item that is not a plain count (`honesty 0.96`), parts that are some of
 * the total (`including`, `e.g.`), of another noun (`20 routers (94
 * endpoints + 1 socket)`) or another measure (`per`, `each`, `across`), and
 * durations (work done in parallel). Pure.
 */
export function findBreakdowns(text: string): Breakdown[] {
  const found: Breakdown[] = [];
  if (!/\d[^(:]*[(:]\s*\d/.test(text)) return found;
  for (const match of text.matchAll(TOTAL)) {
    const [, number = '', words = '', opener] = match;
    if (NAME_WORD.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    const noun = words.trim().toLowerCase();
    const nounUnit = countUnit(noun);
    if (nounUnit === null) continue;
    const from = match.index + match[0].length;
    const close = opener === '(' ? text.indexOf(')', from) : sentenceEnd(text, from);
    if (close < 0) continue;
    const inner = text.slice(from, close);
    if (opener === '(' && inner.includes('(')) continue;
    const parts = readParts(inner, nounUnit);
    const total = Number(number);
    if (!parts || total === 0 || parts.some((part) => part.value > total)) continue;
    if (STATE.test(noun) && parts.some((part) => STATE.test(part.words))) continue;
    // Passed, failed and skipped tests are `metric-sum`'s.
    if (parts.some((part) => TEST_STATE.test(part.words))) continue;
    const states = parts.every((part) => STATE_ONLY.test(part.words));
    found.push({ total, noun, parts, states, start: match.index, end: close });
  }
  return found;
}

/** Where the clause after a colon ends: a sentence end, or the end of the line. */
function sentenceEnd(text: string, from: number): number {
  const end = /[.!?](?:\s|$)|\s[-–—]\s|\(/.exec(text.slice(from));
  return end ? from + end.index : text.length;
}

/**
 * The count noun named in `words` (`test` for `unit tests`), `undefined`
 * when none, or null when the words name a duration or percent (not a
 * count that parts add up to).
 */
function countUnit(words: string): string | undefined | null {
  let unit: string | undefined;
  for (const word of words.split(/\s+/)) {
    const info = word ? lookupUnit(word) : undefined;
    if (!info) continue;
    if (info.kind !== 'count') return null;
    unit = info.unit;
  }
  return unit;
}

/** The parts of a breakdown, or null when any piece is not a plain count of the same noun. */
function readParts(inner: string, nounUnit: string | undefined): BreakdownPart[] | null {
  const clean = inner.replace(/[*_`]|[^\x20-\x7E]/g, ' ').trim();
  if (clean === '' || PARTIAL.test(clean)) return null;
  const parts: BreakdownPart[] = [];
  for (const piece of clean.split(SEPARATOR)) {
    const match = PART.exec(piece.trim());
    if (!match) return null;
    const words = (match[2] ?? '').trim().toLowerCase();
    const unit = countUnit(words);
    if (unit === null || (unit !== undefined && unit !== nounUnit)) return null;
    parts.push({ value: Number(match[1]), words });
  }
  return parts.length >= 2 ? parts : null;
}
