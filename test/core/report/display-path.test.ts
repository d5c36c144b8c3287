import { describe, expect, it } from 'vitest';
import { displayPath } from '../../../src/core/report/display-path.ts';

describe('displayPath', () => {
  it('joins the display root with one `/`, whatever its spelling', () => {
    expect(displayPath('a/b.md')).toBe('a/b.md');
    expect(displayPath('a/b.md', '')).toBe('a/b.md');
    expect(displayPath('a/b.md', '.')).toBe('a/b.md');
    expect(displayPath('a/b.md', './')).toBe('a/b.md');
    expect(displayPath('a/b.md', 'docs/status')).toBe('docs/status/a/b.md');
    expect(displayPath('a/b.md', './docs/status//')).toBe('docs/status/a/b.md');
    expect(displayPath('a/b.md', 'docs\\status\\')).toBe('docs/status/a/b.md');
    expect(displayPath('a/b.md', '../docs')).toBe('../docs/a/b.md');
  });
});
