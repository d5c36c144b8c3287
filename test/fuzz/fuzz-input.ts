import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';
import type { VFileMessage } from 'vfile-message';

/**
 * How many runs a property gets: `base` in CI, times `STATUSDOCS_FUZZ_SCALE`
 * for longer local runs (`npm run fuzz` sets it to 10). The seed is fixed,
 * so a failure in CI replays exactly; a longer run explores further.
 */
export function fuzzRuns(base: number): { seed: number; numRuns: number } {
  const scale = Number(process.env.STATUSDOCS_FUZZ_SCALE ?? '1');
  return { seed: 42, numRuns: Math.max(1, Math.round(base * (scale > 0 ? scale : 1))) };
}

/** A generous per-test timeout, scaled like the runs. */
export function fuzzTimeout(ms: number): number {
  return ms * Math.max(1, Number(process.env.STATUSDOCS_FUZZ_SCALE ?? '1'));
}

/** Pieces of status docs and of attacks on them, glued at random by {@link markdownish}. */
const BODY_TOKENS = [
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '\t',
  '    ',
  '# ',
  '## ',
  '### Change Log\n',
  '---\n',
  '***\n',
  '```\n',
  '```js\n',
  '~~~\n',
  '`',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '>> ',
  '- [ ] ',
  '- [x] ',
  '[ ]',
  '[x]',
  '| a | b |\n',
  '|---|---|\n',
  '| --- | ---: |\n',
  '| TOTAL | ',
  ' |',
  '|',
  '**TOTAL**',
  '| Passed | Failed | Total | Rate |\n',
  '| 3 | 1 | 4 | 75% |\n',
  '| 4 | 0 | 4 | 75% |\n',
  '**Status**: ',
  '**Date**: ',
  '**Updated**: ',
  '**Owner**: ',
  '**Plan**: ',
  'Status:',
  '2025-12-12',
  '2026-13-45',
  '12/31/2025',
  'December 9, 2025',
  '1970-01-01',
  '9999-12-31',
  '✅',
  '⏳',
  '🟡',
  '❌',
  '⚠️',
  'âœ…',
  '‚úÖ',
  'ðŸŸ¡',
  '\uFFFD',
  '\u0000',
  '\u202E',
  '\uFEFF',
  '100%',
  '98.6%',
  '-5%',
  '150%',
  '31/62 passing',
  '4 passed, 1 failed',
  'Coverage: 40%',
  'complete',
  'production-ready',
  'not yet executed',
  'awaiting',
  'done',
  'blocked',
  'superseded',
  '[x](a.md)',
  '[y](plans/b.md#phase-1)',
  '[z](#nowhere)',
  '[w](../../../etc/passwd)',
  '[v](javascript:alert(1))',
  '[u](data:text/html,x)',
  '[t](https://example.com)',
  '[s]: a.md\n',
  '![i](img.png)',
  '<a.md>',
  '`archive/c.md`',
  '`plans/b.md`',
  '[[ -f x ]]',
  '[$x]($style)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '<details><summary>s</summary>',
  '&amp;',
  '&#0;',
  '\\',
  '*',
  '_',
  '~~',
  '**',
  '[',
  ']',
  '(',
  ')',
  'C:\\Users\\alice\\',
  '/home/alice/',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'Supersedes: `a.md`',
  'Superseded by: `plans/b.md`',
  '## Previous session\n\nSee `a.md`.\n',
];

/** Whole lines that reach the table, metric and claim rules. */
const LINE_TOKENS = [
  '\n| Suite | Passed | Failed | Total |\n| --- | ---: | ---: | ---: |\n| api | 3 | 1 | 4 |\n| web | 2 | 0 | 2 |\n| **TOTAL** | 6 | 1 | 6 |\n',
  '\n| Area | Done | Total | % |\n|---|---|---|---|\n| A | 3 | 4 | 100% |\n| B | 1–3 | 4 | 50% |\n| Total | 9 | 8 | 75% |\n',
  '\n**Status**: ✅ Complete\n',
  '\n**Status**: ⏳ In progress (80%)\n',
  '\nTests: 4 passed, 1 failed, 4 total\n',
  '\n98.6% pass rate (31/62 passing)\n',
  '\nCompletion: 100% — production-ready, tests not yet executed\n',
  '\n- [ ] open task\n- [x] done task\n',
  '\n## Change Log\n\n- 2026-12-01: later than updated\n',
  '\nCoverage: 40% (target 80%)\n',
];

const YAML_TOKENS = [
  'title: ',
  'date: ',
  'updated: ',
  'status: ',
  'kind: ',
  'owner: ',
  'id: ',
  'tags: ',
  'plan: ',
  'supersedes: ',
  'superseded_by: ',
  'previous: ',
  'next: ',
  'related: ',
  'aliases: ',
  'metrics:\n  tests:\n    passed: ',
  '\n    failed: ',
  '\n  coverage:\n    value: ',
  '\n  completion: ',
  '\n  custom_metric:\n    value: ',
  'a.md',
  'plans/b.md',
  'archive/c.md',
  '2025-12-12',
  '2026-02-30',
  'done',
  'active',
  'plan',
  'report',
  '3',
  '-1',
  '1e309',
  '0x1F',
  'null',
  '~',
  'true',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ', ',
  ': ',
  '- ',
  '? ',
  '\n',
  '  ',
  '\t',
  '&a ',
  '*a',
  '<<: *a',
  '|\n  ',
  '>-\n  ',
  '!!binary ',
  '!!js/function ',
  '!!set ',
  '%YAML 1.2',
  '__proto__: ',
  'constructor: ',
  'prototype: ',
  '#',
  '\u0000',
  '\uFEFF',
  '✅',
];

const pieces = (tokens: readonly string[], maxLength: number) =>
  fc
    .array(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...tokens) }, fc.string({ maxLength: 6 })),
      {
        maxLength,
      },
    )
    .map((parts) => parts.join(''));

/** Text shaped like a status doc often enough to reach deep into the rules, and often not. */
export const markdownish: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.option(pieces(YAML_TOKENS, 24), { freq: 2 }),
        pieces(BODY_TOKENS, 60),
        pieces(LINE_TOKENS, 4),
      )
      .map(([yaml, body, lines]) => [yaml, body + lines] as const)
      .map(([yaml, body]) => (yaml === null ? body : `---\n${yaml}\n---\n${body}`)),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

/** Bytes: valid UTF-8 of {@link markdownish}, or anything at all. */
export const docBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: markdownish.map((text) => new TextEncoder().encode(text)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(markdownish, fc.uint8Array({ maxLength: 8 }), markdownish)
      .map(
        ([a, bytes, b]) =>
          new Uint8Array([
            ...new TextEncoder().encode(a),
            ...bytes,
            ...new TextEncoder().encode(b),
          ]),
      ),
  },
);

/** Paths a content root may hold, including awkward ones. */
export const docPath: fc.Arbitrary<string> = fc.constantFrom(
  'a.md',
  'A.md',
  'plans/b.md',
  'archive/c.md',
  'reports/2025-12-12-report.md',
  'X_COMPLETED_20251209.md',
  'bugs/open/constructor.md',
  '__proto__/toString.md',
  'name with spaces.md',
  'hash#name.md',
  'ünïcödé-名前.md',
);

/**
 * Where a message falls outside `text`, or undefined when it is inside:
 * every start and end must name an existing line and a column at most one
 * past that line's end.
 */
export function misplaced(message: VFileMessage, text: string): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const points = [message.place && 'start' in message.place ? message.place.start : message.place];
  if (message.place && 'end' in message.place) points.push(message.place.end);
  for (const point of points) {
    if (!point) return `${message.ruleId ?? ''} has no place`;
    const line = lines[point.line - 1];
    if (line === undefined || point.column < 1 || point.column > line.length + 1) {
      return `${message.ruleId ?? ''} at ${point.line}:${point.column} is outside the text (${lines.length} lines): ${message.reason}`;
    }
  }
  return undefined;
}

/**
 * Fail the suite if anything calls `process.emitWarning` while it runs: a
 * library warning (YAML's, say) reaches stderr past the report.
 */
export function expectNoProcessWarnings(): void {
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => {
    warnings.push(warning.message);
  };
  beforeAll(() => {
    process.on('warning', onWarning);
  });
  afterAll(() => {
    process.off('warning', onWarning);
    expect(warnings).toEqual([]);
  });
}
