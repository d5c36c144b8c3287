import { describe, expect, it } from 'vitest';
import { compareMetrics } from '../../../src/core/history/compare-metrics.ts';

describe('compareMetrics', () => {
  it('describes each moved metric as `name before → after (change)`', () => {
    const deltas = compareMetrics(
      {
        coverage: { value: 40 },
        tests: { passed: 31, total: 62 },
        tasks: { done: 2, total: 5 },
        custom: { latency: { value: 120, unit: 'ms', better: 'lower' } },
      },
      {
        coverage: { value: 42.5 },
        completion: 60,
        tests: { passed: 40, total: 62 },
        tasks: { done: 2, total: 6 },
        custom: { latency: { value: 100, unit: 'ms', better: 'lower' } },
      },
    );
    expect(deltas.map((delta) => delta.text)).toEqual([
      'completion (none) → 60%',
      'coverage 40% → 42.5% (+2.5)',
      'tests.passed 31/62 → 40/62 (+9)',
      'tasks 2/5 → 2/6',
      'latency 120 ms → 100 ms (-20)',
    ]);
    expect(deltas[1]).toEqual({
      metric: 'coverage',
      from: 40,
      to: 42.5,
      change: 2.5,
      unit: '%',
      text: 'coverage 40% → 42.5% (+2.5)',
    });
  });

  it('says nothing when nothing moved', () => {
    expect(compareMetrics({ completion: 50 }, { completion: 50 })).toEqual([]);
  });
});
