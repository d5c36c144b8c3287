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

describe('done-with-open-tasks on lists that are not open work', () => {
  it.each([
    ['a ✅ icon on a checklist or acceptance-criteria heading', 'checklist-icon-heading.md'],
    ['a ✅ in the middle of a heading (a priority, not a status)', 'icon-mid-heading.md'],
    ['a heading naming what done means', 'definition-of-done.md'],
    ['a status that says planning or an investigation is complete', 'planning-complete.md'],
    ['a status that says open or deferred', 'open-deferred-status.md'],
    ['lists of conditions to check (`Before merging…:`)', 'condition-list.md'],
  ])('stays quiet on %s', (_, file) => {
    expect(run(`done-with-open-tasks-quiet/${file}`)).toEqual([]);
  });

  it('still reports a ✅ at the start of a heading when the writer ticks boxes there', () => {
    const context = docContext('# T\n\n## ✅ Import\n\n- [x] Parse rows\n- [ ] Report bad rows\n');
    expect(messagesOf(runRules(context, doneWithOpenTasks))).toEqual([
      '6:7 done-with-open-tasks Task `Report bad rows` is unchecked under `✅ Import`, which is marked `✅` (line 3); check it off or reopen the section',
    ]);
  });

  it('reports the open items of one done mark once, counting them', () => {
    const context = docContext('# T\n\n## Import ✅\n\n- [ ] Parse rows\n- [ ] Report bad rows\n');
    expect(messagesOf(runRules(context, doneWithOpenTasks))).toEqual([
      '5:7 done-with-open-tasks Task `Parse rows` and 1 more are unchecked under `Import ✅`, which is marked `✅` (line 3); check them off or reopen the section',
    ]);
  });
});
