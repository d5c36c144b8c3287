import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { describeMessage } from '../../../src/core/report/describe-message.ts';

describe('describeMessage', () => {
  it('reads the start and end of a range, and the rule url', () => {
    const file = new VFile({ path: 'a.md' });
    const message = file.message('Broken.', {
      place: { start: { line: 2, column: 3 }, end: { line: 4, column: 1 } },
      ruleId: 'missing-file',
      source: 'statusdocs',
    });
    message.fatal = true;
    expect(describeMessage(message)).toEqual({
      ruleId: 'missing-file',
      severity: 'error',
      message: 'Broken.',
      line: 2,
      column: 3,
      endLine: 4,
      endColumn: 1,
      url: 'https://github.com/statusdocs/statusdocs/blob/main/docs/rules.md#missing-file',
      fixable: false,
    });
  });

  it('gives null, never a guess, for what the message lacks', () => {
    const file = new VFile({ path: 'a.md' });
    const point = file.message('At a point.', { place: { line: 5, column: 7 }, ruleId: 'custom' });
    point.fatal = false;
    const nowhere = file.message('Somewhere.');
    nowhere.fatal = undefined;
    expect(describeMessage(point)).toMatchObject({
      ruleId: 'custom',
      severity: 'warning',
      line: 5,
      column: 7,
      endLine: null,
      endColumn: null,
      url: null,
      fixable: false,
    });
    expect(describeMessage(nowhere)).toMatchObject({
      ruleId: null,
      severity: 'info',
      line: null,
      column: null,
      endLine: null,
      endColumn: null,
    });
  });
});
