/**
 * Reading mojibake: the code pages UTF-8 is often misread as (Windows-1252,
 * Windows-1254, Mac Roman), and turning a run of their characters back into
 * bytes and UTF-8, including bytes the code page dropped. Used by the
 * `mojibake` rule and by the page renderer's repairs.
 */

/** A single-byte code page that UTF-8 text is often misread as. */
export interface CodePage {
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
export interface Piece {
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
export const CODE_PAGES: readonly CodePage[] = [
  buildCodePage('windows-1252', 'Windows-1252'),
  buildCodePage('windows-1254', 'Windows-1254'),
  buildCodePage('macintosh', 'Mac Roman'),
];

/** Characters that start a mojibake run in at least one code page. */
export const HIGH = new Set<string>([
  REPLACEMENT,
  ...CODE_PAGES.flatMap((page) => [...page.toByte.keys()]),
]);

const UNUSABLE = /[\p{Cn}\p{Cc}\p{Co}\p{Cs}]/u;
/** A letter or digit in any script. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const VARIATION_SELECTOR = /\p{Variation_Selector}/u;
/** Emoji and pictographs. */
export const PICTOGRAPHIC = /[\p{Extended_Pictographic}\p{Emoji_Presentation}]/u;

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
export function segmentRun(text: string, start: number, end: number, page: CodePage): Piece[] {
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
