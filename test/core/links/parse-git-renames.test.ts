import { describe, expect, it } from 'vitest';
import { parseGitRenames } from '../../../src/core/links/parse-git-renames.ts';

describe('parseGitRenames', () => {
  it('follows later renames to the latest path and keeps the first move of each path', () => {
    const output = [
      '\u001ec3c3c3c\u001f2025-12-12\u0000\nR100\u0000archive/x.md\u0000archive/2025-12/x.md\u0000M\u0000other.md\u0000',
      '\u001eb2b2b2b\u001f2025-12-09\u0000\nR087\u0000plans/x.md\u0000archive/x.md\u0000',
      '\u001ea1a1a1a\u001f2025-11-01\u0000\nA\u0000plans/x.md\u0000',
    ].join('');
    expect([...parseGitRenames(output)]).toEqual([
      ['archive/x.md', { to: 'archive/2025-12/x.md', commit: 'c3c3c3c', date: '2025-12-12' }],
      ['plans/x.md', { to: 'archive/2025-12/x.md', commit: 'b2b2b2b', date: '2025-12-09' }],
    ]);
  });

  it('reads nothing from empty output', () => {
    expect(parseGitRenames('').size).toBe(0);
  });
});
