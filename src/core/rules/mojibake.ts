import type { Root } from 'mdast';
import { visit } from '../load/visit.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** A single-byte code page that UTF-8 text is often misread as. */
interface CodePage {
  /** The name used in messages. */
  name: string;
  /** The byte each character of the high half (0x80–0xFF) came from. */
  toByte: Map<string, number>;
  /**
   * Bytes the code page does not define. They decode to C1 controls, which
   * editors and copy-paste drop, so a round trip often loses them.
   */
  lost: number[];
}

/** One decoded UTF-8 character inside a run: where it is and what it may have been. */
interface Piece {
  start: number;
  end: number;
  /** The characters the bytes decode to; more than one when a byte was lost. */
  candidates: string[];
  lost: boolean;
  /** Letters and digits only count when a neighbour is mojibake too (one alone may be real text). */
  needsCompany: boolean;
}

const REPLACEMENT = '\uFFFD';

function buildCodePage(encoding: string, name: string): CodePage {
  const decoder = new TextDecoder(encoding);
  const toByte = new Map<string, number>();
  const lost: number[] = [];
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = decoder.decode(Uint8Array.of(byte));
    if (char === REPLACEMENT) {
      lost.push(byte);
      continue;
    }
    if (char <= '\u009f') lost.push(byte);
    toByte.set(char, byte);
  }
  return { name, toByte, lost };
}

/** In order of preference when a run reads the same in several code pages. */
const CODE_PAGES: readonly CodePage[] = [
  buildCodePage('windows-1252', 'Windows-1252'),
  buildCodePage('windows-1254', 'Windows-1254'),
  buildCodePage('macintosh', 'Mac Roman'),
];

const HIGH = new Set<string>([
  REPLACEMENT,
  ...CODE_PAGES.flatMap((page) => [...page.toByte.keys()]),
]);

const UNUSABLE = /[\p{Cn}\p{Cc}\p{Co}\p{Cs}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const VARIATION_SELECTOR = /\p{Variation_Selector}/u;
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\p{Emoji_Presentation}]/u;

/** The length of the UTF-8 sequence a lead byte starts, or 0. */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** Strict UTF-8 decoding of one sequence: no overlongs, surrogates or continuation errors. */
function decodeSequence(bytes: readonly number[]): string | undefined {
  const [lead = 0, second = 0] = bytes;
  const length = sequenceLength(lead);
  if (length !== bytes.length) return undefined;
  if (bytes.slice(1).some((byte) => byte < 0x80 || byte > 0xbf)) return undefined;
  if (lead === 0xe0 && second < 0xa0) return undefined;
  if (lead === 0xed && second > 0x9f) return undefined;
  if (lead === 0xf0 && second < 0x90) return undefined;
  if (lead === 0xf4 && second > 0x8f) return undefined;
  let codePoint = lead & (0xff >> (length + 1));
  for (const byte of bytes.slice(1)) codePoint = (codePoint << 6) | (byte & 0x3f);
  return String.fromCodePoint(codePoint);
}

/**
 * Whether a cleanly decoded character is plausible mojibake rather than real
 * text: two-byte sequences must give Latin (the lead must be `Â`–`Å`, `È`, or
 * `¬ √ ƒ ≈` in Mac Roman), or Greek/Cyrillic next to more of the same; so
 * `É’` in `CAFÉ’s` and `«é` stay text.
 */
function classify(char: string, lead: number): 'yes' | 'no' | 'with-company' {
  if (UNUSABLE.test(char)) return 'no';
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint < 0x800) {
    if ((lead >= 0xc2 && lead <= 0xc5) || lead === 0xc8) return codePoint >= 0xa0 ? 'yes' : 'no';
    return codePoint >= 0x370 && codePoint <= 0x4ff && !MARK.test(char) ? 'with-company' : 'no';
  }
  return LETTER_OR_DIGIT.test(char) ? 'with-company' : 'yes';
}

/**
 * Candidates for a sequence with one byte missing (`undefined` marks a
 * `�` that stands for it). Only symbol leads (`E2`, `EF`, `F0`) are tried:
 * a lost byte after `é` or `ã` would turn `café”` into CJK.
 */
function repairLost(
  bytes: readonly (number | undefined)[],
  length: number,
  page: CodePage,
): string[] {
  const lead = bytes[0] ?? 0;
  if (![0xe2, 0xef, 0xf0].includes(lead)) return [];
  const variants: number[][] = [];
  const hole = bytes.indexOf(undefined);
  for (const byte of page.lost) {
    if (hole >= 0) variants.push(bytes.map((b) => b ?? byte));
    else if (bytes.length === length - 1) {
      for (let at = 1; at <= bytes.length; at++) {
        variants.push([
          ...(bytes.slice(0, at) as number[]),
          byte,
          ...(bytes.slice(at) as number[]),
        ]);
      }
    }
  }
  const found = new Set<string>();
  for (const variant of variants) {
    const char = decodeSequence(variant);
    if (
      char &&
      !UNUSABLE.test(char) &&
      !LETTER_OR_DIGIT.test(char) &&
      (!MARK.test(char) || VARIATION_SELECTOR.test(char))
    ) {
      found.add(char);
    }
  }
  return [...found].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}

/** Split a run of high-half characters into the UTF-8 sequences it encodes in one code page. */
function segmentRun(text: string, start: number, end: number, page: CodePage): Piece[] {
  const pieces: Piece[] = [];
  let index = start;
  while (index < end) {
    const lead = page.toByte.get(text[index] ?? '') ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) {
      index++;
      continue;
    }
    const bytes: (number | undefined)[] = [lead];
    let next = index + 1;
    while (bytes.length < length && next < end) {
      const char = text[next] ?? '';
      const byte = page.toByte.get(char);
      if (char === REPLACEMENT && page.lost.length > 0) bytes.push(undefined);
      else if (byte !== undefined && byte <= 0xbf) bytes.push(byte);
      else break;
      next++;
    }
    const holes = bytes.filter((byte) => byte === undefined).length + length - bytes.length;
    let piece: Piece | undefined;
    if (holes === 0) {
      const char = decodeSequence(bytes as number[]);
      const verdict = char ? classify(char, lead) : 'no';
      if (char && verdict !== 'no') {
        piece = {
          start: index,
          end: next,
          candidates: [char],
          lost: false,
          needsCompany: verdict !== 'yes',
        };
      }
    } else if (holes === 1 && bytes.filter((byte) => byte !== undefined).length >= 2) {
      const candidates = repairLost(bytes, length, page);
      if (candidates.length > 0) {
        piece = { start: index, end: next, candidates, lost: true, needsCompany: false };
      }
    }
    if (piece) pieces.push(piece);
    index = piece ? next : index + 1;
  }
  return pieces.filter(
    (piece, at) =>
      !piece.needsCompany ||
      pieces[at - 1]?.end === piece.start ||
      pieces[at + 1]?.start === piece.end,
  );
}

/** Offsets of code blocks and inline code, where rules are off. */
function codeRanges(tree: Root): [number, number][] {
  const ranges: [number, number][] = [];
  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    }
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Maximal runs of code-page high-half characters outside code. */
function findRuns(text: string, skip: readonly [number, number][]): [number, number][] {
  const runs: [number, number][] = [];
  let skipAt = 0;
  let runStart = -1;
  for (let index = 0; index <= text.length; index++) {
    while ((skip[skipAt]?.[1] ?? Infinity) <= index) skipAt++;
    const inCode = (skip[skipAt]?.[0] ?? Infinity) <= index;
    const high = index < text.length && !inCode && HIGH.has(text[index] ?? '');
    if (high && runStart < 0) runStart = index;
    if (!high && runStart >= 0) {
      runs.push([runStart, index]);
      runStart = -1;
    }
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

/** A value in a code span; long runs (box-drawing lines) are cut after 16 characters. */
function code(value: string): string {
  const chars = Array.from(value);
  return chars.length > 20 ? `\`${chars.slice(0, 16).join('')}\`…` : `\`${value}\``;
}

function list(values: readonly string[]): string {
  const shown = values.slice(0, 6).map(code);
  return values.length > 6 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** Every way to fill the ambiguous pieces, at most `limit`. */
function combinations(group: readonly Piece[], limit: number): string[] {
  let results = [''];
  for (const piece of group) {
    results = results.flatMap((prefix) => piece.candidates.map((char) => prefix + char));
    results = results.slice(0, limit);
  }
  return results;
}

/** The message, the candidates and the certain repair (if any) of one group. */
function describe(
  group: readonly Piece[],
  actual: string,
  pageName: string,
): { reason: string; expected: string[]; repair?: string } {
  const lost = group.filter((piece) => piece.lost).length;
  const how = `UTF-8 read as ${pageName}${lost === 0 ? '' : lost === 1 ? ', a byte lost' : `, ${lost} bytes lost`}`;
  const fill = (open: (piece: Piece) => string): string =>
    group
      .map((piece) => (piece.candidates.length > 1 ? open(piece) : (piece.candidates[0] ?? '')))
      .join('');
  const open = group.filter((piece) => piece.candidates.length > 1);
  const first = open[0];
  if (!first) {
    const repair = fill(() => '');
    if (repair === '\uFEFF') {
      const bom = `Mojibake ${code(actual)} (a UTF-8 byte order mark read as ${pageName}); delete it`;
      return { reason: bom, expected: [''], repair: '' };
    }
    return {
      reason: `Mojibake ${code(actual)} (${how}); replace with ${code(repair)}`,
      expected: [repair],
      repair,
    };
  }
  const ambiguous = `Ambiguous mojibake ${code(actual)} (${how})`;
  const pattern = fill(() => '?');
  if (open.every((piece) => piece.candidates.join() === first.candidates.join())) {
    const expected = first.candidates.map((char) => fill(() => char));
    const choice =
      open.length === 1
        ? `replace with one of ${list(expected)}`
        : `replace with ${code(pattern)}, each \`?\` one of ${list(first.candidates)}`;
    return { reason: `${ambiguous}; ${choice}`, expected };
  }
  return {
    reason: `${ambiguous}; replace with ${code(pattern)}, restoring each \`?\` by hand`,
    expected: combinations(group, 12),
  };
}

/**
 * `mojibake`: UTF-8 text that was decoded as Windows-1252, Windows-1254 or
 * Mac Roman (`âœ…`, `ğŸ¯`, `‚úÖ` for ✅ and 🎯), including runs where bytes
 * the code page does not define were lost. Each run of high-half characters
 * is encoded back to bytes and decoded as strict UTF-8; only symbols, emoji
 * and Latin letters count, so real Portuguese, Turkish or German text stays
 * quiet. A fix is offered only when exactly one repair is possible. Code
 * blocks and inline code are skipped, frontmatter is checked.
 */
export const mojibake: DocRule = {
  id: 'mojibake',
  description: 'UTF-8 text that was read as Windows-1252, Windows-1254 or Mac Roman.',
  check({ source }) {
    const { text, file } = source;
    const { findings, remnants } = findMojibake(text, codeRanges(source.tree));
    for (const { start, end, actual, reason, expected, repair } of findings) {
      report(
        file,
        'mojibake',
        reason,
        { offset: start, endOffset: end },
        {
          expected,
          actual,
          fix: repair === undefined ? undefined : [{ start, end, text: repair }],
        },
      );
    }
    for (const { start, end, actual, reason } of remnants) {
      report(file, 'mojibake', reason, { offset: start, endOffset: end }, { actual });
    }
  },
};

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
  const runs = findRuns(text, skip);
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
    rankCandidates(group, vocabulary);
    const start = group[0]?.start ?? 0;
    const end = group.at(-1)?.end ?? start;
    const actual = text.slice(start, end);
    findings.push({ start, end, actual, ...describe(group, actual, codePage.name) });
  }
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
    const reason = `Mojibake remnant ${code(char)} (UTF-8 read as ${main.name}, the rest of the character lost); restore the original character`;
    return [{ start, end, actual: char, reason, expected: [] }];
  });
}
