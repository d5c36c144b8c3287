import { describe, expect, it } from 'vitest';
import { mojibake } from '../../../src/core/rules/mojibake.ts';
import { replacementChar } from '../../../src/core/rules/replacement-char.ts';
import type { RuleContext } from '../../../src/core/rules/rule.ts';
import { contextFromFixture, contextFromText, messagesOf } from '../../helpers/rule-context.ts';

function run(context: RuleContext): RuleContext {
  replacementChar.check(context);
  return context;
}

const LOST = 'bytes were lost in an encoding round trip; restore the original character';

describe('replacement-char', () => {
  it('reports a file once, at its first run of `�` with context, in frontmatter and prose but not in code', () => {
    expect(messagesOf(run(contextFromFixture('replacement-char/doc.md')))).toEqual([
      `2:13 replacement-char Replacement character \`�\` in \`title: Relat�rio\`, and 2 more (lines 7, 7): ${LOST}`,
    ]);
  });

  it('leaves `�` inside mojibake to the mojibake finding', () => {
    const context = contextFromFixture('replacement-char/in-mojibake.md');
    expect(context.source.text).toContain('\uFFFD');
    expect(messagesOf(run(context))).toEqual([]);
    mojibake.check(context);
    expect(messagesOf(context)).toHaveLength(1);
    expect(messagesOf(context)[0]).toMatch(/mojibake .*\d+ with lost bytes/);
  });

  it('keeps backticks and other lines out of the context', () => {
    const context = run(contextFromText('First line\nsee `x` then caf� end\n'));
    expect(messagesOf(context)).toEqual([
      `2:17 replacement-char Replacement character \`�\` in \`then caf� end\`: ${LOST}`,
    ]);
  });

  it('is quiet on clean text and the seeds', () => {
    expect(messagesOf(run(contextFromText('Padrão ✅\n')))).toEqual([]);
    for (const seed of ['000_833aac18af8bc3d3', '001_2f4d7447909a069d', '004_7fac2de8baaf4b66']) {
      expect(messagesOf(run(contextFromFixture(`seeds/${seed}.md`)))).toEqual([]);
    }
  });
});
