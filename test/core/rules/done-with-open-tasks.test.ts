import { describe, expect, it } from 'vitest';
import { doneWithOpenTasks } from '../../../src/core/rules/done-with-open-tasks.ts';
import { docContext, docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

const run = (path: string) => messagesOf(runRules(docFixture(path), doneWithOpenTasks));

describe('done-with-open-tasks', () => {
  it('reports unchecked items under sections marked done, by heading or status line', () => {
    expect(run('done-with-open-tasks/doc.md')).toEqual([
      '9:7 done-with-open-tasks Task `Unsubscribe link` is unchecked under `Phase 1: Email ✅`, which is marked `✅` (line 6); check it off or reopen the section',
      '20:7 done-with-open-tasks Task `Dead-letter alert` is unchecked under `T2.1 - Retry queue`, which is marked `COMPLETED` (line 17); check it off or reopen the section',
    ]);
  });

  it('reports open items in a done doc, except next steps and out-of-scope items', () => {
    expect(run('done-with-open-tasks/done-doc.md')).toEqual([
      "10:7 done-with-open-tasks Task `SMS provider contract` is unchecked but the doc's status is `Done` (line 4); check it off, move it to next steps, or change the status",
    ]);
  });

  it('seed 000: T1.5 is COMPLETED with an unchecked item', () => {
    expect(run('seeds/000_833aac18af8bc3d3.md')).toEqual([
      '121:7 done-with-open-tasks Task `Verify make test-fast runs quickly without slow tests` is unchecked under `T1.5 - Mark Slow Tests`, which is marked `COMPLETED` (line 109); check it off or reopen the section',
    ]);
  });

  it('stays quiet on task lists in code blocks and in active docs', () => {
    const context = docContext(
      '# T\n\n**Status**: Done\n\n```\n- [ ] in code\n```\n\n## Phase 1\n\n- [x] all done\n',
    );
    expect(messagesOf(runRules(context, doneWithOpenTasks))).toEqual([]);
    expect(
      messagesOf(
        runRules(docContext('# T\n\n**Status**: Active\n\n- [ ] open\n'), doneWithOpenTasks),
      ),
    ).toEqual([]);
  });
});
