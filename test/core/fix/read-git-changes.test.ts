import { describe, expect, it } from 'vitest';
import { parseGitStatus } from '../../../src/core/fix/read-git-changes.ts';

describe('parseGitStatus', () => {
  it('lists modified, staged, untracked and renamed paths under the content root', () => {
    const output = [
      ' M docs/a.md',
      'M  docs/b.md',
      '?? docs/new.md',
      'R  docs/archive/c.md',
      'docs/c.md',
      ' M src/index.ts',
      '',
    ].join('\0');
    expect([...parseGitStatus(output, 'docs/')].sort()).toEqual([
      'a.md',
      'archive/c.md',
      'b.md',
      'c.md',
      'new.md',
    ]);
  });

  it('keeps whole paths when the content root is the repository root', () => {
    expect([...parseGitStatus(' M a b.md\0', '')]).toEqual(['a b.md']);
  });
});
