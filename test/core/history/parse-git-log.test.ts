import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../../src/core/history/parse-git-log.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const X = '1'.repeat(40);
const Y = '2'.repeat(40);

describe('parseGitLog', () => {
  it('reads headers, tags and NUL-separated raw changes, paths with any byte', () => {
    const output = [
      `\u001e${A}\u001f\u001f2025-01-01T10:00:00+01:00\u001f2025-01-02T10:00:00+01:00\u001fAl Ice\u001fal@x\u001ftag: v1, tag: v1.0\u001f\u0000`,
      `\n:000000 100644 ${Z} ${X} A\u0000new\nline.md\u0000`,
      `:100644 100644 ${X} ${Y} R087\u0000old.md\u0000dir/ne\u001fw.md\u0000`,
      `\u001e${B}\u001f${A}\u001f2025-01-03T10:00:00+00:00\u001f2025-01-03T10:00:00+00:00\u001fBob\u001fb@x\u001f\u001f\u0000`,
      `\n:100644 000000 ${Y} ${Z} D\u0000dir/ne\u001fw.md\u0000`,
    ].join('');
    expect(parseGitLog(output)).toEqual([
      {
        commit: A,
        parents: [],
        authorDate: '2025-01-01T10:00:00+01:00',
        date: '2025-01-02T10:00:00+01:00',
        author: 'Al Ice',
        email: 'al@x',
        tags: ['v1', 'v1.0'],
        changes: [
          { kind: 'added', path: 'new\nline.md', blob: X, previousBlob: Z },
          { kind: 'renamed', path: 'dir/ne\u001fw.md', from: 'old.md', blob: Y, previousBlob: X },
        ],
      },
      {
        commit: B,
        parents: [A],
        authorDate: '2025-01-03T10:00:00+00:00',
        date: '2025-01-03T10:00:00+00:00',
        author: 'Bob',
        email: 'b@x',
        tags: [],
        changes: [{ kind: 'deleted', path: 'dir/ne\u001fw.md', blob: Z, previousBlob: Y }],
      },
    ]);
  });

  it('skips records that are not commits', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(parseGitLog('\u001enot a commit\u001f\u001f')).toEqual([]);
  });
});
