import { describe, expect, it } from 'vitest';
import { replacementChar } from '../../../src/core/rules/replacement-char.ts';
import type { RuleContext } from '../../../src/core/rules/rule.ts';
import { contextFromFixture, contextFromText, messagesOf } from '../../helpers/rule-context.ts';

function run(context: RuleContext): RuleContext {
  replacementChar.check(context);
  return context;
}

const LOST = 'bytes were lost in an encoding round trip; restore the original character';

describe('replacement-char', () => {
  it('reports each run of `�` with context, in frontmatter and prose but not in code', () => {
    expect(messagesOf(run(contextFromFixture('replacement-char/doc.md')))).toEqual([
      `2:13 replacement-char Replacement character \`�\` in \`title: Relat�rio\`: ${LOST}`,
      `7:7 replacement-char Replacement character \`�\` in \`O Padr�o foi mantid\`: ${LOST}`,
      `7:24 replacement-char Replacement character \`��\` in \`i mantido, a��o pendente.\`: ${LOST}`,
    ]);
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
