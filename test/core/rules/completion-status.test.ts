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
