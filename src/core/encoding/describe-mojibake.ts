import type { Piece } from './read-mojibake.ts';

/** A value in a code span; long runs (box-drawing lines) are cut after 16 characters. */
export function inCodeSpan(value: string): string {
  const chars = Array.from(value);
  return chars.length > 20 ? `\`${chars.slice(0, 16).join('')}\`…` : `\`${value}\``;
}

function list(values: readonly string[]): string {
  const shown = values.slice(0, 6).map(inCodeSpan);
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

/** The message, the candidates and the certain repair (if any) of one group of mojibake pieces. */
export function describeMojibake(
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
      const bom = `Mojibake ${inCodeSpan(actual)} (a UTF-8 byte order mark read as ${pageName}); delete it`;
      return { reason: bom, expected: [''], repair: '' };
    }
    return {
      reason: `Mojibake ${inCodeSpan(actual)} (${how}); replace with ${inCodeSpan(repair)}`,
      expected: [repair],
      repair,
    };
  }
  const ambiguous = `Ambiguous mojibake ${inCodeSpan(actual)} (${how})`;
  const pattern = fill(() => '?');
  if (open.every((piece) => piece.candidates.join() === first.candidates.join())) {
    const expected = first.candidates.map((char) => fill(() => char));
    const choice =
      open.length === 1
        ? `replace with one of ${list(expected)}`
        : `replace with ${inCodeSpan(pattern)}, each \`?\` one of ${list(first.candidates)}`;
    return { reason: `${ambiguous}; ${choice}`, expected };
  }
  return {
    reason: `${ambiguous}; replace with ${inCodeSpan(pattern)}, restoring each \`?\` by hand`,
    expected: combinations(group, 12),
  };
}

/**
 * The one sentence of a file's mojibake finding:
 * ``UTF-8 read as Mac Roman: 77 places, all repairable (`‚úÖ` → `✅`, …); run `statusdocs fix --write` ``.
 * Places inside code are counted when the damage is file-wide; then `fix`
 * rewrites every place, and the places whose bytes were lost are to check.
 */
export function describeDiagnosis(
  codePage: string,
  places: readonly { actual: string; repair?: string | undefined; inCode: boolean }[],
  fileWide = false,
): string {
  const repairable = places.filter((place) => place.repair !== undefined);
  const left = places.length - repairable.length;
  const inCode = places.filter((place) => place.inCode).length;
  const sample = repairable[0] ?? places[0];
  const example =
    sample?.repair === undefined
      ? `${inCodeSpan(sample?.actual ?? '')}, …`
      : `${inCodeSpan(sample.actual)} → ${inCodeSpan(sample.repair)}, …`;
  const code = inCode === 0 ? '' : `, ${inCode} in code`;
  if (left === 0) {
    return `UTF-8 read as ${codePage}: ${places.length} places${code}, all repairable (${example}); run \`statusdocs fix --write\``;
  }
  if (fileWide) {
    return `UTF-8 read as ${codePage}: ${places.length} places${code}, ${left} with lost bytes (${example}); run \`statusdocs fix --write\` and check ${left === 1 ? 'it' : `those ${left}`}`;
  }
  if (repairable.length === 0) {
    return `UTF-8 read as ${codePage}: ${places.length} places${code}, none certain (${example}); restore each by hand`;
  }
  return `UTF-8 read as ${codePage}: ${places.length} places${code}, ${repairable.length} repairable (${example}); run \`statusdocs fix --write\`, then restore the other ${left} by hand`;
}
