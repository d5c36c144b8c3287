import { findMojibake, type MojibakeFinding } from './find-mojibake.ts';
import { CODE_PAGES, HIGH } from './read-mojibake.ts';

/** A place of a file's mojibake, with offsets, and whether it is inside code. */
export interface LocatedMojibake extends MojibakeFinding {
  inCode: boolean;
}

/** A file's mojibake as one diagnosis. */
export interface MojibakeDiagnosis {
  /** The code page that explains most places; Windows-1252 on a tie with Windows-1254. */
  codePage: string;
  /** Every place, in order: code included when the damage is file-wide. */
  places: LocatedMojibake[];
  /** Whether the whole file was decoded with the wrong code page (code blocks included). */
  fileWide: boolean;
}

/** Fewer places than this are a paste gone wrong, not a file decoded wrongly. */
const FILE_WIDE_AT = 3;

/**
 * Diagnose a file's mojibake. Outside code, every run is read (as
 * {@link findMojibake} does). The damage is file-wide when at least
 * {@link FILE_WIDE_AT} places are found there and no character anywhere
 * in the file, code included, could only have been written after the wrong
 * decoding: every non-ASCII character outside the places is one a code page
 * produces (`✅` written correctly next to `âœ…` means someone typed it
 * later, so code may hold real text and stays as written). Then code blocks
 * and spans are read too, so ASCII-art boxes (`â•‘`) are repaired with the
 * rest. Pure.
 */
export function diagnoseMojibake(
  text: string,
  code: readonly [number, number][],
): MojibakeDiagnosis | undefined {
  const prose = findMojibake(text, code);
  const proseCount = prose.findings.length + prose.remnants.length;
  if (proseCount === 0) return undefined;
  let places = [...prose.findings, ...prose.remnants];
  let fileWide = false;
  if (prose.findings.length >= FILE_WIDE_AT && code.length > 0) {
    const whole = findMojibake(text);
    const all = [...whole.findings, ...whole.remnants];
    if (onlyDamageOutside(text, all)) {
      places = all;
      fileWide = true;
    }
  } else if (prose.findings.length >= FILE_WIDE_AT) {
    fileWide = onlyDamageOutside(text, places);
  }
  places.sort((a, b) => a.start - b.start);
  const located = places.map((place) => ({ ...place, inCode: inside(place.start, code) }));
  return { codePage: mainCodePage(located), places: located, fileWide };
}

/** Whether every non-ASCII character outside the places could be code-page output. */
function onlyDamageOutside(text: string, places: readonly MojibakeFinding[]): boolean {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  let at = 0;
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) < 0x80) continue;
    while ((sorted[at]?.end ?? Infinity) <= index) at++;
    if ((sorted[at]?.start ?? Infinity) <= index) continue;
    if (!HIGH.has(text[index] ?? '')) return false;
  }
  return true;
}

function inside(offset: number, ranges: readonly [number, number][]): boolean {
  return ranges.some(([start, end]) => start <= offset && offset < end);
}

/** The code page most places read in; on a tie the first in {@link CODE_PAGES} (Windows-1252). */
function mainCodePage(places: readonly LocatedMojibake[]): string {
  const count = (name: string): number => places.filter((place) => place.codePage === name).length;
  let best = CODE_PAGES[0]?.name ?? '';
  for (const page of CODE_PAGES) if (count(page.name) > count(best)) best = page.name;
  return best;
}
