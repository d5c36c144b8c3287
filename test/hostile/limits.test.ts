import { describe, expect, it } from 'vitest';
import { checkDocs } from '../../src/core/check/check-docs.ts';
import { configSchema, type UserConfig } from '../../src/core/config/config-schema.ts';
import { findDeepMarkdown } from '../../src/core/load/find-deep-markdown.ts';
import { findDeepYaml } from '../../src/core/load/find-deep-yaml.ts';
import { parseMarkdown } from '../../src/core/load/parse-markdown.ts';
import { parseSourceDoc } from '../../src/core/load/parse-source-doc.ts';

/** Check one doc with every rule; messages as `line:column rule-id`. */
function check(text: string, config: UserConfig = {}): string[] {
  const resolved = configSchema.parse(config);
  const source = parseSourceDoc(
    'doc.md',
    new TextEncoder().encode(text),
    '/project',
    resolved.limits,
  );
  const result = checkDocs([source], { root: '/project', config: resolved, today: '2026-11-21' });
  return (result.files[0]?.messages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
}

const HEAD = '# Deep\n\n**Date**: 2026-01-05\n\n';
const quotes = (levels: number): string => `${HEAD}${'>'.repeat(levels)} deep\n`;
const list = (levels: number): string => `${HEAD}${'- '.repeat(levels)}deep\n`;
const indentedList = (levels: number): string =>
  HEAD + Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- item\n`).join('');

describe('limits.maxDepth', () => {
  it('runs every rule on a doc nested just under the limit', () => {
    // 198 quotes, a paragraph and its text: 200 levels below the root.
    expect(check(quotes(198))).toEqual([]);
  });

  it('stops before parsing when the text alone shows the nesting is too deep', () => {
    expect(check(quotes(5000))).toEqual(['5:202 file-too-large']);
    expect(check(list(5000))).toEqual(['5:402 file-too-large']);
    expect(check(`${HEAD}${'['.repeat(5000)}x${'](u)'.repeat(5000)}\n`)).toEqual([
      '5:201 file-too-large',
    ]);
    expect(check(`${HEAD}${'<div>'.repeat(5000)}x\n`)).toEqual(['5:1001 file-too-large']);
  });

  it('stops after parsing when only the tree shows it (a list level is two nodes)', () => {
    expect(check(list(150))).toEqual(['5:201 file-too-large']);
    expect(check(indentedList(150))).toEqual(['105:201 file-too-large']);
  });

  it('is configurable: a higher limit lets the same doc through every rule', () => {
    expect(check(list(150), { limits: { maxDepth: 400 } })).toEqual([]);
    expect(check(quotes(20), { limits: { maxDepth: 10 } })).toEqual(['5:12 file-too-large']);
  });

  it('refuses a limit beyond what the parsers survive', () => {
    expect(configSchema.safeParse({ limits: { maxDepth: 5000 } }).success).toBe(false);
  });

  it('bounds frontmatter nesting the same way, reading the body still', () => {
    const yaml = `---\ntitle: Deep\ndate: 2026-01-05\nx: ${'{a: '.repeat(300)}1${'}'.repeat(300)}\n---\n\n# Deep\n`;
    expect(check(yaml)).toEqual(['4:804 file-too-large']);
    const block = `---\ntitle: Deep\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:\n`).join('')}---\n`;
    expect(check(block)).toEqual(['204:202 file-too-large']);
  });

  it('keeps the text of block scalars out of the estimate', () => {
    const source = `summary: |\n${' '.repeat(500)}deeply indented text\ntitle: x\n`;
    expect(findDeepYaml(source, 200)).toBeUndefined();
  });

  it('keeps fenced code, tables and headings from adding up', () => {
    const code = `\`\`\`c\n${'int *p;\n'.repeat(500)}\`\`\`\n`;
    const table = `| a | b |\n| --- | --- |\n${'| *x | [y |\n'.repeat(500)}`;
    const headings = '# *a [b\n'.repeat(500);
    expect(findDeepMarkdown(code + table + headings, 0, 200)).toBeUndefined();
  });

  it('leaves a deep tree empty even when parsed without limits given', () => {
    expect(parseMarkdown(list(5000)).children).toEqual([]);
  });
});

describe('limits.maxFileSize and limits.maxAliasCount', () => {
  it('reports a file over the size limit without parsing it', () => {
    expect(check(`${HEAD}text\n`, { limits: { maxFileSize: 10 } })).toEqual(['1:1 file-too-large']);
  });

  it('stops an alias bomb at the alias limit', () => {
    const bomb = `---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\ntitle: T\n---\n# T\n`;
    expect(check(bomb, { limits: { maxAliasCount: 2 } })).toEqual(['1:4 yaml-syntax']);
    // Expanded, `a`, `b` and `c` are a team's own keys, and a doc with no
    // status or kind needs no date: no finding.
    expect(check(bomb, { limits: { maxAliasCount: 100 } })).toEqual([]);
  });
});

describe('nesting depth, not length (issue 20, item 5)', () => {
  const autolinks = Array.from({ length: 201 }, (_, i) => `- <https://example.com/${i}>\n`);

  it('checks a list of 201 autolinks: a long list is not a deep one', () => {
    expect(check(HEAD + autolinks.join(''))).toEqual([]);
  });

  it('does not count e-mail autolinks, tags in code spans or what list items leave open', () => {
    const items = [
      ...Array.from({ length: 201 }, (_, i) => `- <user${i}@example.com>\n`),
      ...Array.from({ length: 201 }, () => '- returns `Promise<void>` and ``a `<T>` b``\n'),
      ...Array.from({ length: 201 }, () => '- an open [bracket and *star\n'),
    ];
    expect(findDeepMarkdown(HEAD + items.join(''), 0, 200)).toBeUndefined();
  });

  it('still counts tags left open and unclosed code spans do not hide them', () => {
    expect(findDeepMarkdown(`${'<span>'.repeat(201)}\n`, 0, 200)?.depth).toBe(201);
    expect(findDeepMarkdown(`\`${'<span>'.repeat(201)}\n`, 0, 200)?.depth).toBe(201);
  });
});
