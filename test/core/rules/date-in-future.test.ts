import { describe, expect, it } from 'vitest';
import { dateInFuture } from '../../../src/core/rules/date-in-future.ts';
import { docContext, docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

describe('date-in-future', () => {
  it('reports entries dated after the last update once, naming them, not plans or deadlines', () => {
    expect(messagesOf(runRules(docFixture('date-in-future/doc.md'), dateInFuture))).toEqual([
      "8:30 date-in-future Date `Nov 20, 2026` is after the doc's last update `2026-11-10` (line 4), as are 2 more entries (lines 10, 16); correct the date or update `updated`",
    ]);
  });

  it("stays quiet on tomorrow's date: it is today east of UTC", () => {
    const context = docContext('# T\n\n**Date**: 2026-11-22\n', { today: '2026-11-21' });
    expect(context.doc.date).toBe('2026-11-22');
    expect(messagesOf(runRules(context, dateInFuture))).toEqual([]);
  });

  it('stays quiet on a completion projected as on track', () => {
    const context = docFixture('date-in-future-quiet/projection.md', { today: '2026-03-02' });
    expect(context.doc.updated).toBe('2026-03-02');
    expect(messagesOf(runRules(context, dateInFuture))).toEqual([]);
  });

  it('reports a doc date after today', () => {
    expect(
      messagesOf(runRules(docFixture('date-in-future/doc-date-after-today.md'), dateInFuture)),
    ).toEqual([
      '4:1 date-in-future Updated date `2027-01-05` is after today `2026-11-21`; correct the date',
    ]);
  });

  it('seed 000: the Dec 20 entry in a doc last updated 2025-12-15', () => {
    const context = docFixture('seeds/000_833aac18af8bc3d3.md', { today: '2025-12-16' });
    expect(context.doc.updated).toBe('2025-12-15');
    expect(messagesOf(runRules(context, dateInFuture))).toEqual([
      "56:58 date-in-future Date `Dec 20, 2025` is after the doc's last update `2025-12-15` (line 421); correct the date or update `updated`",
    ]);
  });

  it('stays quiet on dates in code and docs without a stated date', () => {
    const inCode = docContext(
      '# T\n\n**Date**: 2026-11-01\n\n```\nCompleted 2026-12-01\n```\n\nShipped `2026-12-01` (done).\n',
    );
    expect(messagesOf(runRules(inCode, dateInFuture))).toEqual([]);
    const undated = docContext('# T\n\n- Completed 2026-11-20\n', {
      path: 'notes/2026-11-01-t.md',
    });
    expect(messagesOf(runRules(undated, dateInFuture))).toEqual([]);
  });
});
