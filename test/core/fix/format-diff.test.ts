import { describe, expect, it } from 'vitest';
import { formatDiff } from '../../../src/core/fix/format-diff.ts';

describe('formatDiff', () => {
  it('prints a unified diff with git-style file headers and three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', ''].join('\n');
    const after = before.replace('5', 'five');
    expect(formatDiff('docs/a.md', before, after)).toBe(
      [
        '--- a/docs/a.md',
        '+++ b/docs/a.md',
        '@@ -2,7 +2,7 @@',
        ' 2',
        ' 3',
        ' 4',
        '-5',
        '+five',
        ' 6',
        ' 7',
        ' 8',
        '',
      ].join('\n'),
    );
  });

  it('keeps CRLF line endings in the lines, as git shows them', () => {
    expect(formatDiff('a.md', 'x\r\ny\r\n', 'x\r\nz\r\n')).toBe(
      '--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n x\r\n-y\r\n+z\r\n',
    );
  });

  it('is empty when nothing changed', () => {
    expect(formatDiff('a.md', 'same', 'same')).toBe('');
  });
});
