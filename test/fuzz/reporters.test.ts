import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/core/check/check-result.ts';
import { formatGithub, formatJson, formatSarif, formatText } from '../../src/core/report/index.ts';
import { RULE_IDS, ruleUrl } from '../../src/core/diagnostics/rule-ids.ts';
import { blankDoc } from '../helpers/rule-context.ts';
import { sarifValidator } from '../helpers/sarif-validator.ts';
import { fuzzRuns, fuzzTimeout } from './fuzz-input.ts';

/** Text that reporters must escape: line breaks, `%`, `::`, commas, quotes, controls, astral. */
const awkward = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '%',
        '::',
        ',',
        '\n',
        '\r',
        '"',
        '`',
        '\u0000',
        '\u001b[31m',
        '🟡',
        'é',
        ' ',
        'a',
      ),
      {
        maxLength: 12,
      },
    )
    .map((parts) => parts.join('')),
);

const finding = fc.record({
  ruleId: fc.constantFrom(...RULE_IDS),
  reason: awkward,
  line: fc.integer({ min: 1, max: 100_000 }),
  column: fc.integer({ min: 1, max: 10_000 }),
  span: fc.option(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 50 }))),
  fatal: fc.constantFrom(true, false, undefined),
  note: fc.option(awkward),
});

const checkResult: fc.Arbitrary<CheckResult> = fc
  .uniqueArray(
    fc.tuple(
      fc.oneof(awkward, fc.constantFrom('a.md', 'dir/b c.md', '../x.md')),
      fc.array(finding, { maxLength: 4 }),
    ),
    {
      maxLength: 4,
      selector: ([path]) => path,
    },
  )
  .map((files) => ({
    root: '/project/docs',
    files: files.map(([path, findings]) => {
      const file = new VFile({ path: path === '' ? 'empty-name.md' : path });
      for (const item of findings) {
        const start = { line: item.line, column: item.column };
        const place = item.span
          ? { start, end: { line: item.line + item.span[0], column: item.column + item.span[1] } }
          : start;
        const message = file.message(item.reason, {
          place,
          ruleId: item.ruleId,
          source: 'statusdocs',
        });
        message.url = ruleUrl(item.ruleId);
        message.fatal = item.fatal;
        if (item.note !== null) message.note = item.note;
      }
      return {
        path: file.path,
        doc: blankDoc(file.path, { title: path }),
        messages: file.messages,
      };
    }),
  }));

describe('fuzz: reporters', () => {
  const validate = sarifValidator();

  it(
    'write valid JSON and valid SARIF 2.1.0 for any result',
    () => {
      fc.assert(
        fc.property(checkResult, (result) => {
          const json = JSON.parse(formatJson(result)) as { files: unknown[] };
          expect(json.files).toHaveLength(result.files.length);
          const sarif: unknown = JSON.parse(formatSarif(result, { toolVersion: '0.1.0' }));
          expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
        }),
        fuzzRuns(1000),
      );
    },
    fuzzTimeout(30_000),
  );

  it(
    'write one text report and one GitHub annotation per message, whatever the reason holds',
    () => {
      fc.assert(
        fc.property(checkResult, (result) => {
          const count = result.files.reduce((sum, file) => sum + file.messages.length, 0);
          expect(typeof formatText(result)).toBe('string');
          const annotations = formatGithub(result)
            .split('\n')
            .filter((line) => /^::(?:error|warning|notice) /.test(line));
          expect(annotations).toHaveLength(count);
        }),
        fuzzRuns(1000),
      );
    },
    fuzzTimeout(30_000),
  );
});
