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

describe('resolveReference with the repository known', () => {
  const repo = {
    files: new Set(['AGENTS.md', 'docs/STATUS.md', 'src/app.ts']),
    contentDir: 'docs',
  };
  const inRepo = buildFileIndex([], ['STATUS.md', 'plans/x.md'], repo);
  const resolveIn = (url: string, mode: 'file' | 'file-then-root') => {
    const { status, path, via } = resolveReference(url, 'plans/x.md', inRepo, mode);
    return `${status} ${path} ${via}`;
  };

  it('reads prose paths from the top level after the doc, before the content root', () => {
    expect(resolveIn('AGENTS.md', 'file-then-root')).toBe('found ../AGENTS.md repo');
    expect(resolveIn('docs/STATUS.md', 'file-then-root')).toBe('found STATUS.md repo');
    expect(resolveIn('STATUS.md', 'file-then-root')).toBe('found STATUS.md root');
    expect(resolveIn('../../AGENTS.md', 'file-then-root')).toBe('found ../AGENTS.md file');
    expect(resolveIn('MISSING.md', 'file-then-root')).toBe('missing plans/MISSING.md file');
  });

  it('leaves Markdown links relative to the doc; outside the root is checked, out of the repository not', () => {
    expect(resolveIn('AGENTS.md', 'file')).toBe('missing plans/AGENTS.md file');
    expect(resolveIn('../../AGENTS.md', 'file')).toBe('found ../AGENTS.md file');
    expect(resolveIn('../../src/gone.ts', 'file')).toBe('missing ../src/gone.ts file');
    expect(resolveIn('../../../AGENTS.md', 'file')).toBe('outside-root ../../AGENTS.md file');
    expect(resolveIn('../../docs/STATUS.md', 'file')).toBe('found STATUS.md file');
  });
});
