import { describe, expect, it } from 'vitest';
import { claimScope, moduleCoverage } from '../../../src/core/evidence/claim-scope.ts';
import {
  contradictedCount,
  headlineCoverages,
  percentAgrees,
} from '../../../src/core/evidence/compare-evidence.ts';
import { selectCurrentDocs } from '../../../src/core/evidence/current-docs.ts';
import { countLines } from '../../../src/core/evidence/file-history.ts';
import { parseNumber } from '../../../src/core/metrics/parse-number.ts';
import { docContext } from '../../helpers/doc-context.ts';

const percent = (text: string) => {
  const value = parseNumber(text);
  if (!value) throw new Error(text);
  return value;
};

describe('claimScope', () => {
  it('reads the whole project, a code span, or one word of a label', () => {
    expect(claimScope('Coverage', '- **Coverage**: ', true)).toBe('total');
    expect(claimScope('coverage', '- `src/auth.py` coverage: ', true)).toBe('src/auth.py');
    expect(claimScope('Auth module coverage', '', false)).toBe('Auth');
    expect(claimScope('Backend API coverage', '', false)).toBeNull();
    expect(claimScope('Coverage', '', false)).toBeNull();
  });
});

describe('moduleCoverage', () => {
  const files = new Map([
    ['/repo/src/auth.py', { covered: 9, total: 16 }],
    ['/repo/src/billing/a.py', { covered: 1, total: 4 }],
    ['/repo/src/billing/b.py', { covered: 3, total: 4 }],
    ['/repo/src/cart.py', { covered: 2, total: 2 }],
    ['/repo/lib/cart/x.py', { covered: 0, total: 2 }],
  ]);
  it('finds a file by path or name, a folder by name, and refuses ambiguity', () => {
    expect(moduleCoverage('src/auth.py', files)).toEqual({ covered: 9, total: 16 });
    expect(moduleCoverage('Auth', files)).toEqual({ covered: 9, total: 16 });
    expect(moduleCoverage('billing', files)).toEqual({ covered: 4, total: 8 });
    expect(moduleCoverage('cart', files)).toBeNull();
    expect(moduleCoverage('payments', files)).toBeNull();
  });
});

describe('comparisons', () => {
  it('lets a written percent stand for rounding, truncation and estimates', () => {
    expect(percentAgrees(percent('74%'), 74.1)).toBe(true);
    expect(percentAgrees(percent('74%'), 74.9)).toBe(true);
    expect(percentAgrees(percent('74%'), 75.2)).toBe(false);
    expect(percentAgrees(percent('~70%'), 74.1)).toBe(true);
    expect(percentAgrees(percent('85%'), 74.1)).toBe(false);
  });

  it('allows a total without skipped tests and failures with errors', () => {
    const run = { passed: 45, failed: 3, errors: 2, skipped: 1, total: 51 };
    expect(contradictedCount({ passed: 45, total: 50 }, run)).toBeNull();
    expect(contradictedCount({ passed: 45, failed: 5 }, run)).toBeNull();
    expect(contradictedCount({ passed: 50, total: 50 }, run)).toEqual({
      name: 'passed',
      written: 50,
    });
  });

  it("offers lines, statements and coverage.py's combined total", () => {
    const names = headlineCoverages({
      lines: { covered: 1, total: 2 },
      branches: { covered: 1, total: 4 },
      combined: { covered: 2, total: 6 },
    }).map((c) => c.name);
    expect(names).toEqual(['lines', 'lines and branches']);
  });

  it('counts lines with and without a final newline', () => {
    expect([countLines(''), countLines('a'), countLines('a\n'), countLines('a\nb')]).toEqual([
      0, 1, 1, 2,
    ]);
  });
});

describe('selectCurrentDocs', () => {
  const doc = (path: string, text: string) => {
    const { source, doc: built, analysis } = docContext(text, { path });
    return { source, doc: built, analysis };
  };
  it('picks the newest tracker and report and docs that say current, never retired ones', () => {
    const docs = [
      doc('STATUS.md', '# Status\n\n**Updated**: 2026-03-01\n'),
      doc('status/OLD_STATUS.md', '# Status\n\n**Status**: Superseded\n**Updated**: 2026-04-01\n'),
      doc('reports/2026-01-01-report.md', '# Report\n'),
      doc('reports/2026-02-01-report.md', '# Report\n'),
      doc('notes/current-state.md', '# Where we are\n'),
    ];
    const current = [...selectCurrentDocs(docs)].map((d) => d.doc.path).sort();
    expect(current).toEqual([
      'STATUS.md',
      'notes/current-state.md',
      'reports/2026-02-01-report.md',
    ]);
  });
});
