import { describe, expect, it } from 'vitest';
import { checkDocs } from '../../../src/core/check/check-docs.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { LINK_RULES } from '../../../src/core/rules/link-rules.ts';
import { missingFile } from '../../../src/core/rules/missing-file.ts';
import { checkFixtureSet, linesOf } from '../links/check-fixture-set.ts';
import { seedSource } from '../model/fixture-source.ts';

describe('missing-file', () => {
  it('says where a target went: same name, several names, did-you-mean, nothing', async () => {
    const result = await checkFixtureSet('links-missing-file-basename', [missingFile]);
    expect(linesOf(result)).toEqual([
      'STATUS.md:3:3 missing-file Cannot find `plans/auth-plan.md`; `archive/auth-plan.md` has that name',
      'STATUS.md:4:3 missing-file Cannot find `notes.md`; fix the path or remove the reference',
      'STATUS.md:5:3 missing-file Cannot find `plans/actve-plan.md`; did you mean `plans/active-plan.md`?',
      'STATUS.md:6:31 missing-file Cannot find `images/banner.png`; fix the path or remove the reference',
      'STATUS.md:7:3 missing-file Cannot find `zzz/qqq.md`; fix the path or remove the reference',
      'STATUS.md:8:7 missing-file Cannot find `plans/auth-plan.md`; `archive/auth-plan.md` has that name',
      'STATUS.md:10:1 missing-file Cannot find `plans/auth-plan.md`; `archive/auth-plan.md` has that name',
      'STATUS.md:12:56 missing-file Cannot find `plans/gone-plan.md`; fix the path or remove the reference',
      'sub/handoff.md:3:3 missing-file Cannot find `plans/active-plan.md`; `plans/active-plan.md` exists from a folder above the doc, so write `../plans/active-plan.md`',
    ]);
  });

  it('fixes only certain moves, keeping the fragment and the author’s style', async () => {
    const result = await checkFixtureSet('links-missing-file-basename', [missingFile]);
    const fixes = result.files.flatMap((file) =>
      file.messages.map(
        (message) => `${file.path}:${message.line ?? 0} ${JSON.stringify(message.fix ?? null)}`,
      ),
    );
    expect(fixes).toEqual([
      'STATUS.md:3 [{"start":24,"end":42,"text":"archive/auth-plan.md"}]',
      'STATUS.md:4 null',
      'STATUS.md:5 null',
      'STATUS.md:6 null',
      'STATUS.md:7 null',
      'STATUS.md:8 [{"start":254,"end":280,"text":"archive/auth-plan.md#phase-1"}]',
      'STATUS.md:10 [{"start":319,"end":337,"text":"archive/auth-plan.md"}]',
      'STATUS.md:12 null',
      'sub/handoff.md:3 [{"start":20,"end":40,"text":"../plans/active-plan.md"}]',
    ]);
    expect(result.files[0]?.messages[1]?.expected).toBeUndefined();
  });

  it('names the rename from facts, with the commit and date', async () => {
    const renames = new Map([
      ['plans/auth-plan.md', { to: 'archive/auth-plan.md', commit: 'a1b2c3d', date: '2025-12-09' }],
    ]);
    const result = await checkFixtureSet('links-missing-file-basename', [missingFile], renames);
    expect(linesOf(result)[0]).toBe(
      'STATUS.md:3:3 missing-file Cannot find `plans/auth-plan.md`; it was moved to `archive/auth-plan.md` (renamed in a1b2c3d, 2025-12-09)',
    );
  });

  it('reports dangling relation targets once, at the relation', async () => {
    const result = await checkFixtureSet('relations-cycle', [missingFile]);
    expect(linesOf(result)).toEqual([
      'report.md:2:1 missing-file Cannot find `plans/missing-plan.md`, the `plan` target; fix the path or remove the reference',
      'report.md:7:19 missing-file Cannot find `plans/missing-plan.md`; fix the path or remove the reference',
    ]);
  });

  it('stays quiet on code blocks, shell tests, format strings and URLs in code', async () => {
    const result = await checkFixtureSet('links-code-blocks-quiet', LINK_RULES);
    expect(linesOf(result)).toEqual([]);
  });

  it('reports the backticked archive paths of seed 000 and the plan path of seed 001', () => {
    const config = configSchema.parse({});
    const sources = [seedSource('000'), seedSource('001')];
    const result = checkDocs(sources, {
      root: '/seeds',
      config,
      today: '2026-11-21',
      rules: [],
      setRules: [missingFile],
    });
    const lines = linesOf(result);
    expect(lines).toContain(
      '000_833aac18af8bc3d3.md:27:6 missing-file Cannot find `.agents/archive/REFACTORING_STRATEGY_COMPLETED_20251209.md`; fix the path or remove the reference',
    );
    expect(lines).toContain(
      '000_833aac18af8bc3d3.md:35:6 missing-file Cannot find `.agents/archive/PRODUCTION_BUGS_RESOLVED_20251208.md`; fix the path or remove the reference',
    );
    expect(lines).toContain(
      '001_2f4d7447909a069d.md:7:19 missing-file Cannot find `ResonaAI/Plans/Active/00-Platform-Completion-Plan.md`; fix the path or remove the reference',
    );
    // Only doc paths are reported: never source files, never code blocks.
    for (const line of lines) expect(line).toMatch(/Cannot find `[^`]+\.md`/);
    for (const [index, source] of sources.entries()) {
      const fences = source.tree.children
        .filter((node) => node.type === 'code')
        .map((node) => [node.position?.start.line ?? 0, node.position?.end.line ?? 0]);
      for (const message of result.files[index]?.messages ?? []) {
        const line = message.line ?? 0;
        expect(fences.some(([start = 0, end = 0]) => line >= start && line <= end)).toBe(false);
      }
    }
  });
});
