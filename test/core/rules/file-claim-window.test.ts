import { describe, expect, it } from 'vitest';
import type { FileVersion } from '../../../src/core/evidence/file-history.ts';
import type { Doc } from '../../../src/core/model/doc.ts';
import { docWindow } from '../../../src/core/rules/file-claim.ts';

const version = (date: string): FileVersion => ({
  commit: date,
  time: Date.parse(date) / 1000,
  date,
  status: 'M',
  lines: 10,
});
const doc = (date: string | null, updated: string | null = null): Doc => ({ date, updated }) as Doc;

describe('docWindow', () => {
  it("spans the doc's own date to its last update", () => {
    expect(
      docWindow(doc('2026-03-01', '2026-03-05'), [version('2026-03-02')], '2026-12-01'),
    ).toEqual({ start: '2026-03-01', end: '2026-03-05', dated: true });
  });

  it('reaches at least the first commit when the stated date is earlier (a wrong year, a month)', () => {
    const own = [version('2025-12-02'), version('2025-11-30')];
    expect(docWindow(doc('2025-01'), own, '2026-12-01')).toEqual({
      start: '2025-01',
      end: '2025-11-30',
      dated: true,
    });
  });

  it('falls back to the last commit, then today, without dates', () => {
    expect(
      docWindow(doc(null), [version('2025-12-02'), version('2025-11-30')], '2026-12-01'),
    ).toEqual({ start: '2025-11-30', end: '2025-12-02', dated: false });
    expect(docWindow(doc(null), [], '2026-12-01')).toEqual({
      start: '2026-12-01',
      end: '2026-12-01',
      dated: false,
    });
  });

  it('keeps a stated date a few days before the first commit (a doc committed or moved later)', () => {
    expect(docWindow(doc('2025-12-04'), [version('2025-12-07')], '2026-12-01')).toEqual({
      start: '2025-12-04',
      end: '2025-12-04',
      dated: true,
    });
  });
});
