import { describe, expect, it } from 'vitest';
import { findYamlRange, parseFrontmatter } from '../../../src/core/load/parse-frontmatter.ts';

const limits = { maxAliasCount: 100 };

describe('parseFrontmatter', () => {
  it('returns undefined for a doc without frontmatter', () => {
    expect(parseFrontmatter('# Title\n', limits)).toBeUndefined();
  });

  it('does not take an unclosed opening fence (a thematic break) for frontmatter', () => {
    expect(parseFrontmatter('---\n\nSome text\n', limits)).toBeUndefined();
  });

  it('parses YAML and gives the offsets of the YAML source and of the body', () => {
    const text = '---\ntitle: Plan\ndate: 2026-01-02\n---\n# Body\n';
    const parsed = parseFrontmatter(text, limits);
    expect(parsed?.data).toEqual({ title: 'Plan', date: '2026-01-02' });
    expect(parsed?.problems).toEqual([]);
    expect(text.slice(parsed?.bodyOffset)).toBe('# Body\n');
    expect(text.slice(parsed?.yamlOffset).startsWith('\ntitle: Plan')).toBe(true);
  });

  it('handles CRLF line endings', () => {
    const text = '---\r\ntitle: Plan\r\n---\r\n# Body\r\n';
    const parsed = parseFrontmatter(text, limits);
    expect(parsed?.data).toEqual({ title: 'Plan' });
    expect(text.slice(parsed?.bodyOffset)).toBe('# Body\r\n');
  });

  it('finds the key of a nested path', () => {
    const text = '---\nmetrics:\n  tests:\n    passed: many\n---\n';
    const parsed = parseFrontmatter(text, limits);
    const range = parsed && findYamlRange(parsed.document, ['metrics', 'tests', 'passed']);
    expect(range && text.slice(parsed.yamlOffset + range[0], parsed.yamlOffset + range[1])).toBe(
      'passed',
    );
  });

  it('reports an alias bomb instead of expanding it', () => {
    const row = (name: string, alias: string) =>
      `${name}: &${name} [${Array(9).fill(`*${alias}`).join(',')}]`;
    const text = [
      '---',
      'a: &a [x, x, x, x, x, x, x, x, x]',
      row('b', 'a'),
      row('c', 'b'),
      row('d', 'c'),
      '---',
      '',
    ].join('\n');
    const parsed = parseFrontmatter(text, limits);
    expect(parsed?.data).toBeUndefined();
    expect(parsed?.problems[0]?.reason).toMatch(/alias/i);
  });

  it('does not let __proto__ keys pollute objects', () => {
    const parsed = parseFrontmatter('---\n__proto__:\n  polluted: true\n---\n', limits);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed?.data)).toBe(Object.prototype);
  });
});
