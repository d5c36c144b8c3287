import { describe, expect, it } from 'vitest';
import { restatedMetric } from '../../../src/core/rules/restated-metric.ts';
import { docContext, docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

describe('restated-metric', () => {
  it("reports the doc's test count and a phase's completion stated twice, differently", () => {
    const context = runRules(docFixture('restated-metric/doc.md'), restatedMetric);
    expect(messagesOf(context)).toEqual([
      '12:15 restated-metric Completion of `Phase 2: Checkout flow` is `60%` here but `80%` on line 8; make them agree',
      '18:12 restated-metric Test count `40` in `Tests: 40/40 passing` contradicts `42` on line 7; make them agree',
    ]);
    expect(context.source.file.messages[1]?.expected).toEqual(['80%']);
  });

  it.each(['counts.md', 'series.md', 'phases.md'])(
    'stays quiet on parts, history, changes, dates, code, series and ambiguous sections (%s)',
    (name) => {
      const context = runRules(docFixture(`restated-metric-quiet/${name}`), restatedMetric);
      expect(messagesOf(context)).toEqual([]);
    },
  );

  it('reads a test total line and a phase row of a table', () => {
    const context = docContext(
      [
        '# R',
        '',
        '| Phase | Progress |',
        '| --- | --- |',
        '| Phase 2 | 80% |',
        '',
        '## Phase 2',
        '',
        'Status: 60% complete',
        '',
        '## Results',
        '',
        '- ✅ 12 tests passing',
        '- **Total Tests**: 14',
        '',
      ].join('\n'),
    );
    expect(messagesOf(runRules(context, restatedMetric))).toEqual([
      '9:9 restated-metric Completion of `Phase 2` is `60%` here but `80%` on line 5; make them agree',
      '14:20 restated-metric Test count `14` in `Total Tests: 14` contradicts `12` on line 13; make them agree',
    ]);
  });

  it('leaves two header lines to metric-conflict', () => {
    const context = docContext(
      '# R\n\n**Tests**: 40/40 passing\n\nBody.\n\n**Tests**: 42/42 passing\n',
    );
    expect(messagesOf(runRules(context, restatedMetric))).toEqual([]);
  });
});
