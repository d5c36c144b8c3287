import type { Piece } from './read-mojibake.ts';

/**
 * The horizontal arms of each box-drawing character U+2500–U+257F, two
 * digits each (left, right): 0 none, 1 light, 2 heavy, 3 double. `─` is
 * `11`, `╔` is `03` (a double arm to the right), `╗` is `30`.
 */
const ARMS = [
  '11220000112200001122000001020102',
  '10201020010201021020102001020101',
  '01020202102010101020202011211222',
  '11211222112112221121122211211222',
  '11111121122112222221122211220000',
  '33000301033010300301033010300301',
  '03301030331133331133331133011010',
  '01000000100001002000020012002100',
].join('');

const FIRST = 0x2500;

/** The left and right arms of a box-drawing character, or undefined for any other. */
function armsOf(char: string): [number, number] | undefined {
  const at = (char.codePointAt(0) ?? 0) - FIRST;
  if (char.length !== 1 || at < 0 || at >= 0x80) return undefined;
  return [Number(ARMS[at * 2]), Number(ARMS[at * 2 + 1])];
}

/** Whether `b` can stand right after `a` in a drawn line: `a`'s right arm meets `b`'s left one. */
const joins = (a: string, b: string): boolean => {
  const right = armsOf(a)?.[1] ?? 0;
  return right !== 0 && right === armsOf(b)?.[0];
};

/**
 * Settle the lost bytes of a line of box drawing: `╔═══╗` read as
 * Windows-1252 loses every `═` byte (`0x90`), so each `═` alone could be
 * `╁ ╍ ═ ╝ ╞ …`. In a run whose certain characters are all box drawing,
 * every neighbour must join the next one (arms of the same style), and
 * when exactly one choice of the open characters does, that is the repair:
 * `╔` + `?` + `╗` can only be `═`; a line that starts at a corner ends at
 * one (`╚` + `???` ends `═╝`). Non-box candidates are dropped in such
 * a run. Anything else (two ways to fill, no way, no certain box character)
 * leaves the group as it was. Changes `group` in place.
 */
export function resolveBoxDrawing(group: Piece[]): void {
  const certain = group.filter((piece) => piece.candidates.length === 1);
  const open = group.filter((piece) => piece.candidates.length > 1);
  if (open.length === 0 || certain.length === 0) return;
  if (!certain.every((piece) => armsOf(piece.candidates[0] ?? '') !== undefined)) return;
  const options = group.map((piece) => piece.candidates.filter((char) => armsOf(char)));
  if (options.some((list) => list.length === 0)) return;
  // Count the ways to fill the line left to right (capped at 2), keeping one.
  let ways = new Map<string, { count: number; path: string[] }>(
    (options[0] ?? []).map((char) => [char, { count: 1, path: [char] }]),
  );
  for (const list of options.slice(1)) {
    const next = new Map<string, { count: number; path: string[] }>();
    for (const char of list) {
      let count = 0;
      let path: string[] = [];
      for (const [before, way] of ways) {
        if (!joins(before, char)) continue;
        count = Math.min(2, count + way.count);
        path = [...way.path, char];
      }
      if (count > 0) next.set(char, { count, path });
    }
    ways = next;
  }
  // A line that starts at a corner (`╚`, no left arm) ends at one (`╝`, no right arm).
  const opensAtCorner = armsOf(group[0]?.candidates[0] ?? '')?.[0] === 0;
  if (opensAtCorner && (options[0]?.length ?? 0) === 1) {
    const closed = [...ways].filter(([char]) => armsOf(char)?.[1] === 0);
    if (closed.length > 0) ways = new Map(closed);
  }
  const total = [...ways.values()].reduce((sum, way) => sum + way.count, 0);
  const only = [...ways.values()][0];
  if (total !== 1 || !only) return;
  group.forEach((piece, at) => {
    piece.candidates = [only.path[at] ?? ''];
  });
}
