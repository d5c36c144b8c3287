import { describe, expect, it } from 'vitest';
import { formatMetricsCsv } from '../../../src/core/report/collect-metric-rows.ts';

describe('formatMetricsCsv', () => {
  it('quotes cells with commas, quotes or line breaks, and leaves null cells empty', () => {
    const row = {
      path: 'équipe/résumé, "final".md',
      id: 'résumé',
      metric: 'coverage',
      value: 41.5,
      unit: '%',
      from: null,
      line: null,
    };
    expect(formatMetricsCsv([row])).toBe(
      'path,id,metric,value,unit,from,line\r\n"équipe/résumé, ""final"".md",résumé,coverage,41.5,%,,\r\n',
    );
  });
});
