import { describe, expect, it } from 'vitest';
import { buildFileIndex } from '../../../src/core/links/file-index.ts';
import { resolveReference } from '../../../src/core/links/resolve-reference.ts';

const index = buildFileIndex(
  ['plans/README.md', 'plans/active/my plan.md', 'img/logo.png', 'reports/empty/.keep'],
  ['STATUS.md', 'handoffs/h.md'],
);

function resolve(url: string, from = 'handoffs/h.md', mode: 'file' | 'file-then-root' = 'file') {
  const { status, path, via, fragment } = resolveReference(url, from, index, mode);
  return `${status} ${path} ${via}${fragment === undefined ? '' : ` #${fragment}`}`;
}

describe('resolveReference', () => {
  it('resolves relative to the doc, decoding and dropping the query', () => {
    expect(resolve('../plans/active/my%20plan.md?plain=1#step-2')).toBe(
      'found plans/active/my plan.md file #step-2',
    );
    expect(resolve('../img/logo.png')).toBe('found img/logo.png file');
  });

  it('resolves a fragment alone to the same doc', () => {
    expect(resolve('#top')).toBe('found handoffs/h.md file #top');
  });

  it('resolves folders to their README, or to the folder', () => {
    expect(resolve('../plans/')).toBe('found plans/README.md file');
    expect(resolve('/plans')).toBe('found plans/README.md root');
    expect(resolve('../reports/empty')).toBe('folder reports/empty file');
  });

  it('tries the content root second only for backticked paths and relations', () => {
    expect(resolve('img/logo.png')).toBe('missing handoffs/img/logo.png file');
    expect(resolve('img/logo.png', 'handoffs/h.md', 'file-then-root')).toBe(
      'found img/logo.png root',
    );
  });

  it('tells a case mismatch from a missing file, and spots escapes from the root', () => {
    expect(resolve('../Status.md')).toBe('case-mismatch STATUS.md file');
    expect(resolve('../../outside.md')).toBe('outside-root ../outside.md file');
  });
});
