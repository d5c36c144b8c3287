import { describe, expect, it } from 'vitest';
import { completionStatus } from '../../../src/core/rules/completion-status.ts';
import { docContext, docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

const run = (path: string) => messagesOf(runRules(docFixture(path), completionStatus));

describe('completion-status', () => {
  it('reports a done status below 100%', () => {
    expect(run('completion-status/done-below-100.md')).toEqual([
      '5:17 completion-status Status is `✅ Complete` (line 4) but completion is `85%`; set completion to 100% or change the status',
    ]);
  });

  it('reads a current completion from the body when the header has none', () => {
    expect(run('completion-status/body-progress.md')).toEqual([
      '10:23 completion-status Status is `Done` (line 4) but completion is `~40%`; set completion to 100% or change the status',
    ]);
  });

  it('reports 100% while the status is not done', () => {
    expect(run('completion-status/active-at-100.md')).toEqual([
      '6:3 completion-status Completion is `100%` but status is `in progress` (line 3); mark the doc done or correct the completion',
    ]);
  });

  it('stays quiet when only one is stated, or they agree', () => {
    for (const text of [
      '# T\n\n**Completion**: 85%\n',
      '# T\n\n**Status**: Done\n',
      '# T\n\n**Status**: Archived\n**Completion**: 100%\n',
      '# T\n\n**Status**: In progress\n**Completion**: 85%\n',
      '# T\n\n**Status**: Done\n\n## Phase 1\n\nPhase 1 completion: 50%\n',
    ]) {
      expect(messagesOf(runRules(docContext(text), completionStatus))).toEqual([]);
    }
  });
});

describe('completion-status on percents of another subject', () => {
  it.each([
    [
      'a status line with its own percent',
      '**Status**: ✅ 90% COMPLETE (ready for review)\n**Completion**: 90%\n',
    ],
    [
      'a percent on the status line itself',
      '**Status**: Done\n\nSome text.\n\n**Status**: 80% complete (parser done)\n',
    ],
    [
      'a day-scoped status against a task percent',
      '**Status**: ✅ Day 1 Complete\n**Progress**: 50% of the import task complete\n',
    ],
    [
      'a status against the percent of a larger project',
      '**Status**: ✅ Complete\n**Progress**: 82% (stage 5 of 7)\n',
    ],
    ['a change of the percent', '**Status**: ✅ Complete\n**Progress**: 75% → 80%\n'],
    [
      'a coverage figure labelled only Overall',
      '**Status**: ✅ Complete\n\n## Coverage\n\n- **Overall**: 1% (only the parser is tested)\n',
    ],
    [
      'a pass count written as a percent',
      '**Status**: Done\n**Overall Progress**: ~99% (210 tests passing)\n',
    ],
  ])('stays quiet on %s', (_, body) => {
    expect(messagesOf(runRules(docContext(`# T\n\n${body}`), completionStatus))).toEqual([]);
  });
});
