import { describe, expect, it } from 'vitest';
import { dateInvalid } from '../../../src/core/rules/date-invalid.ts';
import { dateOrder } from '../../../src/core/rules/date-order.ts';
import { frontmatterSchemaRule } from '../../../src/core/rules/frontmatter-schema.ts';
import { missingDate } from '../../../src/core/rules/missing-date.ts';
import { missingTitle } from '../../../src/core/rules/missing-title.ts';
import type { DocRule } from '../../../src/core/rules/rule.ts';
import { contextFromText, messagesOf } from '../../helpers/rule-context.ts';
import type { Doc } from '../../../src/core/model/doc.ts';
import { docFixture, runRules } from '../../helpers/doc-context.ts';

function run(rule: DocRule, text: string, doc: Partial<Doc> = {}, path?: string): string[] {
  const context = contextFromText(text, { doc, ...(path ? { path } : {}) });
  rule.check(context);
  return messagesOf(context);
}

describe('frontmatter-schema', () => {
  it('points at the nested key with the wrong type', () => {
    const text = '---\nmetrics:\n  tests:\n    passed: "31"\n---\n# T\n';
    expect(run(frontmatterSchemaRule, text)).toEqual([
      '4:5 frontmatter-schema Frontmatter `metrics.tests.passed` must be a number, not the text `31`',
    ]);
  });

  it('points at each unknown key and at bad enum values', () => {
    const text = '---\ntitle: T\nkind: memo\nowner: me\nstauts: done\n---\n';
    expect(run(frontmatterSchemaRule, text)).toEqual([
      '3:1 frontmatter-schema Frontmatter `kind` must be one of `status`, `report`, `plan`, `handoff`, `decision`, `archive`',
      '5:1 frontmatter-schema Unknown frontmatter key `stauts`; did you mean `status`?',
    ]);
    expect(
      run(frontmatterSchemaRule, '---\nStatus: done\nmetrics:\n  tests: {pased: 3}\n---\n'),
    ).toEqual([
      '2:1 frontmatter-schema Unknown frontmatter key `Status`; did you mean `status`?',
      '4:11 frontmatter-schema Unknown frontmatter key `metrics.tests.pased`; remove it or check its spelling',
    ]);
  });

  it("leaves a team's own frontmatter alone: its keys, its plan numbers, its custom numbers", () => {
    const own =
      '---\nphase: 03-api\nplan: 2\nsubsystem: billing\nkey-files: [a.py]\nrequirements-completed: [R1]\nsuperseded_by: [a.md, b.md]\nmetrics:\n  files_changed: 4\n  completed_date: 2026-04-24\n---\n';
    expect(run(frontmatterSchemaRule, own)).toEqual([]);
  });

  it('is quiet on valid frontmatter and on docs without any', () => {
    const valid =
      '---\ntitle: T\ndate: 2026-01-01\nmetrics:\n  tests: {passed: 3, total: 3}\n  latency: {value: 120, unit: ms, better: lower}\n---\n';
    expect(run(frontmatterSchemaRule, valid)).toEqual([]);
    expect(run(frontmatterSchemaRule, '# Legacy doc\n')).toEqual([]);
  });
});

describe('missing-title and missing-date', () => {
  it('fire on a doc without title or date', () => {
    expect(run(missingTitle, 'Just text.\n')).toEqual([
      '1:1 missing-title Doc has no title; add a `# Title` heading or a frontmatter `title`',
    ]);
    expect(run(missingDate, '**Status**: In progress\n', { status: 'active' })).toEqual([
      '1:1 missing-date Doc has no date; add frontmatter `date: YYYY-MM-DD`, a `**Date**: YYYY-MM-DD` line, or a date in the file name',
    ]);
  });

  it('missing-date stays quiet on reference docs and docs that state no status', () => {
    expect(run(missingDate, 'Just text.\n')).toEqual([]);
    const guide = '# Setup Guide\n\n**Status**: Draft\n';
    expect(run(missingDate, guide, { status: 'planned', title: 'Setup Guide' })).toEqual([]);
    expect(
      run(missingDate, 'x\n', { status: 'done', path: 'docs/README.md' }, 'docs/README.md'),
    ).toEqual([]);
  });

  it('missing-title stays quiet on docs named by their folder, a tool, or a top heading', () => {
    for (const path of [
      'missing-title-quiet/agents/lint-helper.md',
      'missing-title-quiet/plans/03-import/03-02-PLAN.md',
      'missing-title-quiet/notes/README.md',
      'missing-title-quiet/notes/weekly-template.md',
      'missing-title-quiet/notes/review-2026-05.md',
      'missing-title-quiet/debug/login-loop.md',
    ]) {
      expect(messagesOf(runRules(docFixture(path), missingTitle)), path).toEqual([]);
    }
  });

  it('missing-title fires on a doc that opens with one of several sections, or prose', () => {
    for (const path of [
      'missing-title/sections-only.md',
      'missing-title/statusdocs-frontmatter.md',
    ]) {
      expect(messagesOf(runRules(docFixture(path), missingTitle)), path).toEqual([
        '1:1 missing-title Doc has no title; add a `# Title` heading or a frontmatter `title`',
      ]);
    }
  });

  it('stay quiet when the doc has them, and on empty files', () => {
    expect(run(missingTitle, '# T\n', { title: 'T' })).toEqual([]);
    expect(run(missingDate, '# T\n', { updated: '2026-01-01' })).toEqual([]);
    expect(run(missingDate, '')).toEqual([]);
  });
});

describe('date-invalid and date-order', () => {
  it('flags impossible and unreadable dates where they are written', () => {
    expect(run(dateInvalid, '---\ndate: 2025-02-30\n---\n# T\n')).toEqual([
      '2:1 date-invalid Date `date` `2025-02-30` is not a valid date; write it as YYYY-MM-DD',
    ]);
  });

  it('accepts dates in the forms docs use', () => {
    expect(run(dateInvalid, '# T\n\n**Date**: Dec 9, 2025\n')).toEqual([]);
    expect(run(dateInvalid, '---\ndate: 2025-12-09\n---\n')).toEqual([]);
  });

  it('flags an update before the date', () => {
    const messages = run(dateOrder, '# T\n', {
      date: '2026-02-01',
      updated: '2026-01-01',
      sources: {
        date: { from: 'frontmatter', line: 2, column: 7 },
        updated: { from: 'frontmatter', line: 3, column: 10 },
      },
    });
    expect(messages).toEqual([
      "3:10 date-order Updated date `2026-01-01` is before the doc's date `2026-02-01`; fix one of them",
    ]);
    expect(run(dateOrder, '# T\n', { date: '2026-01-01', updated: '2026-01-01' })).toEqual([]);
  });

  it('stays quiet when the date comes from the folder a doc was archived in', () => {
    for (const path of [
      'date-order-quiet/archive/docs-removed-2025-12-03/quickref.md',
      'date-order-quiet/archive/2026-03/index.md',
    ]) {
      const context = docFixture(path);
      expect(context.doc.sources.date?.from).toBe('folder');
      expect(context.doc.updated).toBeDefined();
      expect(messagesOf(runRules(context, dateOrder))).toEqual([]);
    }
  });
});
