import { describe, expect, it } from 'vitest';
import type { Piece } from '../../../src/core/encoding/read-mojibake.ts';
import { resolveBoxDrawing } from '../../../src/core/encoding/resolve-box-drawing.ts';

/** Pieces from a line pattern: a character is certain, `?` is open among `choices`. */
function pieces(line: string, choices: string[]): Piece[] {
  return Array.from(line, (char, at) => ({
    start: at,
    end: at + 1,
    candidates: char === '?' ? [...choices] : [char],
    lost: char === '?',
    needsCompany: false,
  }));
}

const text = (group: Piece[]): string =>
  group.map((piece) => (piece.candidates.length === 1 ? piece.candidates[0] : '?')).join('');

// What `â•` with its third byte lost can be in Windows-1252, plus a non-box reading.
const DOUBLE = ['╁', '╍', '═', '╝', '❕'];

describe('resolveBoxDrawing', () => {
  it('fills a line between corners with the one character that joins both', () => {
    const group = pieces('╔???╗', DOUBLE);
    resolveBoxDrawing(group);
    expect(text(group)).toBe('╔═══╗');
    const light = pieces('┌──?', ['━', '┍', '┏', '┐', '┝']);
    resolveBoxDrawing(light);
    expect(text(light)).toBe('┌──┐');
  });

  it('closes a line that starts at a corner', () => {
    const end = pieces('╚??', DOUBLE);
    resolveBoxDrawing(end);
    expect(text(end)).toBe('╚═╝');
  });

  it('leaves a line open when two fillings join, or nothing certain is box drawing', () => {
    const end = pieces('═??', DOUBLE);
    resolveBoxDrawing(end);
    expect(text(end)).toBe('═??');
    const bare = pieces('???', DOUBLE);
    resolveBoxDrawing(bare);
    expect(text(bare)).toBe('???');
    const mixed = pieces('✅?', DOUBLE);
    resolveBoxDrawing(mixed);
    expect(text(mixed)).toBe('✅?');
  });
});
