import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocs } from '../../../src/core/check/check-docs.ts';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { applyFixes } from '../../../src/core/fix/apply-fixes.ts';
import { collectFixes } from '../../../src/core/fix/collect-fixes.ts';
import { FRONTMATTER_ORDER } from '../../../src/core/import/frontmatter-order.ts';
import { serializeFrontmatter } from '../../../src/core/import/serialize-frontmatter.ts';
import { parseFrontmatter } from '../../../src/core/load/parse-frontmatter.ts';
import { parseSourceDoc } from '../../../src/core/load/parse-source-doc.ts';
import { importBytes, importTexts } from './import-texts.ts';

// A fixed seed: a failure is reproducible, and the suite is the same on every run.
fc.configureGlobal({ seed: 20_251_214, numRuns: 60 });

/** Lines legacy status docs are made of, mojibake and look-alike frontmatter fences included. */
const LINE = fc.constantFrom(
  '# Backend Status Report',
  '## ðŸ“Š Overview',
  '**Date**: 2025-12-12',
  '**Status**: ✅ Complete',
  '**Status**: mostly blocked by the vendor',
  '**Owner**: Platform team',
  '**Completion**: 75%',
  '**Related Plan**: `plans/p.md`',
  '**Supersedes**: `old.md`',
  '- [x] done âœ… item',
  '- [ ] open item',
  'Tests: 31/62 passing, coverage 40%',
  'See [the plan](plans/p.md) and `archive/gone.md`.',
  '| a | b |',
  '|---|---|',
  '| âœ… | 1 |',
  '```',
  '---',
  'title: x',
  '',
  'Plain text with Ã© and ‚úÖ.',
);

const DOC = fc.record({
  lines: fc.array(LINE, { maxLength: 14 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});

function bytesOf({ lines, crlf, bom }: { lines: string[]; crlf: boolean; bom: boolean }) {
  const text = lines.join(crlf ? '\r\n' : '\n');
  const body = new TextEncoder().encode(text);
  return bom ? Uint8Array.of(0xef, 0xbb, 0xbf, ...body) : body;
}

const PLAN = new TextEncoder().encode('---\ntitle: P\nkind: plan\n---\n# P\n');

describe('import properties', () => {
  it('is idempotent: a second import has nothing to do', () => {
    fc.assert(
      fc.property(DOC, (doc) => {
        const [first] = importBytes({ 'reports/r.md': bytesOf(doc), 'plans/p.md': PLAN });
        const [second] = importTexts({
          'reports/r.md': first?.text ?? '',
          'plans/p.md': '---\ntitle: P\nkind: plan\n---\n# P\n',
        });
        expect(second?.plan.fixes).toEqual([]);
      }),
    );
  });

  it('changes nothing but the listed edits: the body is the original with its repairs', () => {
    fc.assert(
      fc.property(DOC, (doc) => {
        const [result] = importBytes({ 'reports/r.md': bytesOf(doc), 'plans/p.md': PLAN });
        if (!result) return;
        const repairs = result.plan.fixes.filter((fix) => fix.ruleId !== 'frontmatter');
        const block = result.plan.fixes.find((fix) => fix.ruleId === 'frontmatter')?.edits[0];
        const repaired = applyFixes(result.source.text, repairs).text;
        if (!block) {
          expect(result.text).toBe(repaired);
          return;
        }
        // Where the block lands once the repairs before it have changed lengths.
        const shift = repairs
          .flatMap((fix) => fix.edits)
          .filter((edit) => edit.end <= block.start && edit.start < block.start)
          .reduce((sum, edit) => sum + edit.text.length - (edit.end - edit.start), 0);
        const at = block.start + shift;
        expect(result.text.slice(at, at + block.text.length)).toBe(block.text);
        expect(result.text.slice(0, at) + result.text.slice(at + block.text.length)).toBe(repaired);
      }),
    );
  });

  it('writes frontmatter that reads back as the same values', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const value = fc.oneof(
      text,
      fc.array(text, { maxLength: 3 }),
      fc.integer(),
      fc.record({ completion: fc.integer({ min: 0, max: 100 }), note: text }),
    );
    const entries = fc.uniqueArray(
      fc.record({ key: fc.constantFrom(...FRONTMATTER_ORDER), value }),
      { selector: (entry) => entry.key, maxLength: 8 },
    );
    fc.assert(
      fc.property(entries, fc.boolean(), (items, crlf) => {
        const block = serializeFrontmatter(items, crlf ? '\r\n' : '\n');
        const parsed = parseFrontmatter(`${block}# Body\n`, { maxAliasCount: 100 });
        expect(parsed?.problems).toEqual([]);
        expect(parsed?.data ?? {}).toEqual(
          Object.fromEntries(items.map((item) => [item.key, item.value])),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes on random bytes, in import or fix', () => {
    const config = configSchema.parse({});
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        importBytes({ 'a.md': bytes });
        const source = parseSourceDoc('a.md', bytes, '/project');
        const [file] = checkDocs([source], { root: '/project', config, today: '2026-11-21' }).files;
        applyFixes(source.text, collectFixes(file ?? { messages: [] }).fixes);
      }),
      { numRuns: 150 },
    );
  });
});
