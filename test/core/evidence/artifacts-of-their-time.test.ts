import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../../src/core/evidence/artifact.ts';
import { artifactsOfTheirTime } from '../../../src/core/evidence/artifacts-of-their-time.ts';

const run = (path: string, date: string): Artifact => ({
  path,
  format: 'junit',
  date,
  dated: true,
  tests: { passed: 1, failed: 0, errors: 0, skipped: 0, total: 1 },
});

describe('artifactsOfTheirTime', () => {
  const history = [
    run('junit.xml', '2025-11-04'),
    run('junit.xml', '2025-11-03'),
    run('junit.xml', '2025-10-30'),
  ];

  it('keeps the runs from two days before the doc to one day after', () => {
    expect(artifactsOfTheirTime(history, '2025-11-02', 'tests').map((a) => a.date)).toEqual([
      '2025-11-03',
    ]);
    expect(artifactsOfTheirTime(history, '2025-11-01', 'tests').map((a) => a.date)).toEqual([
      '2025-10-30',
    ]);
    expect(artifactsOfTheirTime(history, '2025-11-20', 'tests')).toEqual([]);
  });

  it('has nothing for an undated doc, another kind, or test runs from several reports', () => {
    expect(artifactsOfTheirTime(history, null, 'tests')).toEqual([]);
    expect(artifactsOfTheirTime(history, '2025-11-03', 'coverage')).toEqual([]);
    const two = [...history, run('api/junit.xml', '2025-11-03')];
    expect(artifactsOfTheirTime(two, '2025-11-03', 'tests')).toEqual([]);
  });
});
