import {
  CODE_PAGES,
  HIGH,
  LETTER_OR_DIGIT,
  PICTOGRAPHIC,
  segmentRun,
  type CodePage,
  type Piece,
} from './read-mojibake.ts';
import { describeMojibake, inCodeSpan } from './describe-mojibake.ts';
import { fillLostBytes, LOST } from './fill-lost-bytes.ts';
import { resolveBoxDrawing } from './resolve-box-drawing.ts';

/**
 * Runs of {@link HIGH} characters, matched by UTF-16 unit like `text[i]`:
 * a regex finds the rare runs far faster than a look-up per character.
 */
const HIGH_RUN = new RegExp(
  `[${[...HIGH]
    .filter((char) => char.length === 1)
    .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]+`,
  'g',
);

/** Characters that stand for a UTF-8 lead byte (`C2`–`F4`) in at least one code page. */
const LEAD = new RegExp(
  `[${CODE_PAGES.flatMap((page) => [...page.toByte])
    .filter(([char, byte]) => char.length === 1 && byte >= 0xc2 && byte <= 0xf4)
    .map(([char]) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
);

/** Maximal runs of code-page high-half characters outside code. */
function findRuns(text: string, skip: readonly [number, number][]): [number, number][] {
  const runs: [number, number][] = [];
  let skipAt = 0;
  for (const match of text.matchAll(HIGH_RUN)) {
    const end = match.index + match[0].length;
    let runStart = -1;
    for (let index = match.index; index < end; index++) {
      while ((skip[skipAt]?.[1] ?? Infinity) <= index) skipAt++;
      const inCode = (skip[skipAt]?.[0] ?? Infinity) <= index;
      if (!inCode && runStart < 0) runStart = index;
      if (inCode && runStart >= 0) {
        runs.push([runStart, index]);
        runStart = -1;
      }
    }
    if (runStart >= 0) runs.push([runStart, end]);
  }
  return runs;
}

interface Reading {
  page: CodePage;
  pieces: Piece[];
}

const coverage = (pieces: readonly Piece[]): number =>
  pieces.reduce((sum, piece) => sum + piece.end - piece.start, 0);

/**
 * Read every run in every code page and keep, per run, the reading that
 * explains most of it. Ties go to the doc's main code page (the one that
 * explains most overall), so `âœ…` in a Turkish-mangled doc says Windows-1254.
 */
function readRuns(
  text: string,
  runs: readonly [number, number][],
): { readings: Reading[]; main: CodePage | undefined } {
  const perRun = runs.map(([start, end]) =>
    CODE_PAGES.map((page) => ({ page, pieces: segmentRun(text, start, end, page) })),
  );
  const totals = CODE_PAGES.map((page, at) =>
    perRun.reduce((sum, readings) => sum + coverage(readings[at]?.pieces ?? []), 0),
  );
  const best = Math.max(...totals);
  const main = best > 0 ? CODE_PAGES[totals.indexOf(best)] : undefined;
  const score = (reading: Reading): number[] => [
    coverage(reading.pieces),
    reading.page === main ? 1 : 0,
    -reading.pieces.filter((piece) => piece.lost).length,
  ];
  const readings = perRun.map((candidates) =>
    candidates.reduce((chosen, reading) => {
      const [a, b] = [score(reading), score(chosen)];
      const at = a.findIndex((value, index) => value !== b[index]);
      return at >= 0 && (a[at] ?? 0) > (b[at] ?? 0) ? reading : chosen;
    }),
  );
  return { readings, main };
}

/** Split pieces into groups of adjacent ones: one message each. */
function groupPieces(pieces: readonly Piece[]): Piece[][] {
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const last = groups.at(-1);
    if (last && last.at(-1)?.end === piece.start) last.push(piece);
    else groups.push([piece]);
  }
  return groups;
}

/**
 * Narrow and order the candidates of lost bytes. After an emoji the lost
 * byte of `EF B8 ?` is VS16 (`U+FE0F`): the other variation selectors only
 * apply to math symbols and CJK ideographs. Otherwise characters the doc
 * already uses come first, then those from the same Unicode page as the
 * certain neighbours (`╔` makes `═` likelier than `⁕`), then emoji, then
 * code point order.
 */
function rankCandidates(group: Piece[], vocabulary: () => Set<string>): void {
  const certainPages = new Set(
    group
      .filter((piece) => piece.candidates.length === 1)
      .map((piece) => page(piece.candidates[0])),
  );
  group.forEach((piece, at) => {
    if (piece.candidates.length < 2) return;
    const before = group[at - 1]?.candidates;
    if (
      piece.candidates.includes('\uFE0F') &&
      before?.length === 1 &&
      PICTOGRAPHIC.test(before[0] ?? '')
    ) {
      piece.candidates = ['\uFE0F'];
      return;
    }
    const key = (char: string): number[] => [
      vocabulary().has(char) ? 0 : 1,
      certainPages.has(page(char)) ? 0 : 1,
      PICTOGRAPHIC.test(char) ? 0 : 1,
      char.codePointAt(0) ?? 0,
    ];
    piece.candidates.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const at = x.findIndex((value, index) => value !== y[index]);
      return at < 0 ? 0 : (x[at] ?? 0) - (y[at] ?? 0);
    });
  });
}

const page = (char: string | undefined): number => (char?.codePointAt(0) ?? 0) >> 8;

/** One mojibake run found in a text: offsets, message, candidates and the certain repair. */
export interface MojibakeFinding {
  start: number;
  end: number;
  /** The run as written. */
  actual: string;
  /** The message, one sentence. */
  reason: string;
  /** The possible repairs; empty for a remnant. */
  expected: string[];
  /** The repair when exactly one is possible, else undefined. */
  repair?: string;
  /**
   * What a repair of the whole file writes here: the repair when certain,
   * else the likeliest text with each unknowable character as `�`.
   */
  fill: string;
  /** The code page the run reads in, e.g. `Windows-1252`. */
  codePage: string;
}

/**
 * The mojibake in a text, outside the `skip` ranges (code), in order:
 * repairable or ambiguous runs, then remnants of characters too damaged to
 * guess. Pure; the rule reports them, the site repairs the certain ones.
 */
export function findMojibake(
  text: string,
  skip: readonly [number, number][] = [],
): { findings: MojibakeFinding[]; remnants: MojibakeFinding[] } {
  const findings: MojibakeFinding[] = [];
  const remnants: MojibakeFinding[] = [];
  // A run with no UTF-8 lead byte in any code page decodes to nothing and
  // leaves no remnant (`—`, `·` in ordinary prose): it is not read at all.
  const runs = findRuns(text, skip).filter(([start, end]) => LEAD.test(text.slice(start, end)));
  if (runs.length === 0) return { findings, remnants };
  const { readings, main } = readRuns(text, runs);
  const found = readings.flatMap((reading) =>
    groupPieces(reading.pieces).map((group) => ({ group, page: reading.page })),
  );
  const certain = found.flatMap(({ group }) =>
    group.filter((piece) => !piece.lost).map((piece) => piece.candidates[0] ?? ''),
  );
  let known: Set<string> | undefined;
  const vocabulary = (): Set<string> => {
    if (known) return known;
    // Code points are what candidates are; emoji sequences are not needed here.
    known = new Set(certain);
    for (const char of text) known.add(char);
    return known;
  };
  for (const { group, page: codePage } of found) {
    resolveBoxDrawing(group);
    rankCandidates(group, vocabulary);
    const start = group[0]?.start ?? 0;
    const end = group.at(-1)?.end ?? start;
    const actual = text.slice(start, end);
    const described = describeMojibake(group, actual, codePage.name);
    findings.push({ start, end, actual, ...described, fill: '', codePage: codePage.name });
  }
  // Every settled character, box lines resolved included, is evidence for the lost ones.
  const settled = new Set(vocabulary());
  for (const { group } of found) {
    for (const piece of group)
      if (piece.candidates.length === 1) settled.add(piece.candidates[0] ?? '');
  }
  findings.forEach((finding, at) => {
    finding.fill = finding.repair ?? fillLostBytes(found[at]?.group ?? [], settled);
  });
  if (main) remnants.push(...findRemnants(text, runs, readings, main));
  return { findings, remnants };
}

/**
 * A lone `â` or `ð` between spaces in a doc that has mojibake from the same
 * code page is what is left of a symbol or emoji whose other bytes were lost
 * (`⭐` is `E2 AD 90`: the soft hyphen and the undefined byte both vanish).
 * Too much is gone to guess the character; the message says so.
 */
function findRemnants(
  text: string,
  runs: readonly [number, number][],
  readings: readonly Reading[],
  main: CodePage,
): MojibakeFinding[] {
  return runs.flatMap(([start, end], at) => {
    if (end - start !== 1 || (readings[at]?.pieces.length ?? 0) > 0) return [];
    const char = text[start] ?? '';
    const byte = main.toByte.get(char);
    if (byte !== 0xe2 && byte !== 0xf0) return [];
    if (LETTER_OR_DIGIT.test(text[start - 1] ?? ' ') || LETTER_OR_DIGIT.test(text[end] ?? ' '))
      return [];
    const reason = `Mojibake remnant ${inCodeSpan(char)} (UTF-8 read as ${main.name}, the rest of the character lost); restore the original character`;
    return [{ start, end, actual: char, reason, expected: [], fill: LOST, codePage: main.name }];
  });
}
