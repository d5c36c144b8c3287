import { describe, expect, it } from 'vitest';
import { isGenericName, isRoleName } from '../../../src/core/links/generic-names.ts';
import {
  isMachinePath,
  isNameFragment,
  isPlaceholderPath,
} from '../../../src/core/links/not-a-reference.ts';
import { referenceContext } from '../../../src/core/links/reference-context.ts';
import { suggestPath } from '../../../src/core/links/suggest-path.ts';

describe('paths that name no file', () => {
  it('tells placeholders from dated and numbered names', () => {
    for (const path of [
      '2026-01-XX_notes.md',
      '<name>.md',
      '{slug}.md',
      'PR-0XX.md',
      'YYYY-MM-DD.md',
      'a/…/b.md',
      'plans/*.md',
    ]) {
      expect(isPlaceholderPath(path), path).toBe(true);
    }
    for (const path of ['2026-01-05_notes.md', 'PR-032-cache.md', 'max-plan.md', 'docs/index.md']) {
      expect(isPlaceholderPath(path), path).toBe(false);
    }
  });

  it('tells extensions, suffixes and design tokens from file names', () => {
    for (const path of ['.md', '.en.md', '_completed.md', 'borderRadius.md']) {
      expect(isNameFragment(path), path).toBe(true);
    }
    for (const path of ['notes.md', 'docs/.md', 'README.md', 'release-notes.md']) {
      expect(isNameFragment(path), path).toBe(false);
    }
  });

  it('tells machine paths from repository folders of the same name', () => {
    const none = () => false;
    expect(isMachinePath('/tmp/notes.md', none)).toBe(true);
    expect(isMachinePath('/home/dev/todo.md', none)).toBe(true);
    expect(isMachinePath('~/notes.md', none)).toBe(true);
    expect(isMachinePath('C:\\Users\\dev\\a.md', none)).toBe(true);
    expect(isMachinePath('/plans/a.md', none)).toBe(false);
    expect(isMachinePath('/tmp/notes.md', (name) => name === 'tmp')).toBe(false);
  });
});

describe('generic and role names', () => {
  it('are shared names, short names, language variants and one-word bare names', () => {
    for (const name of ['README.md', 'readme.de.md', 'api.py', 'Dockerfile', '.pylintrc', 'a.md']) {
      expect(isGenericName(name), name).toBe(true);
    }
    expect(isGenericName('ROLLOUT-PLAN-042.md')).toBe(false);
    expect(isRoleName('STAGE.md')).toBe(true);
    expect(isRoleName('SESSION_NOTES.md')).toBe(false);
  });
});

describe('referenceContext', () => {
  const at = (line: string, path: string) => referenceContext(line, line.indexOf(path));

  it('reads intents: create, delete, hedge, questions, the old side of a move', () => {
    expect(at('Create `docs/x.md` next week.', '`docs/x.md`')).toBe('intent');
    expect(at('Delete `old.md` after review.', '`old.md`')).toBe('intent');
    expect(at('Deleted `old.md` after review.', '`old.md`')).toBe('record');
    expect(at('See `x.md` (if exists).', '`x.md`')).toBe('intent');
    expect(at('Keep it in `tasks.md` or a JSON file?', '`tasks.md`')).toBe('intent');
    expect(at('Move: `a.md` → `b/a.md`', '`a.md`')).toBe('intent');
    expect(at('Move: `a.md` → `b/a.md`', '`b/a.md`')).toBeUndefined();
    expect(at('Moved `a.md` to `b/a.md`.', '`b/a.md`')).toBeUndefined();
  });

  it('reads records, and not the words inside the paths themselves', () => {
    expect(at('| `lost.md` | MISSING |', '`lost.md`')).toBe('record');
    expect(at('Related plan: `plans/missing-plan.md`', '`plans/missing-plan.md`')).toBeUndefined();
    expect(at('See `archive/created-x.md` for details.', '`archive/created-x.md`')).toBeUndefined();
  });

  it('reads list items under a heading of created files', () => {
    const text = '# Session\n\n## Files created\n\n- `docs/new.md`\n';
    expect(referenceContext(text, text.indexOf('`docs/new.md`'))).toBe('intent');
  });

  const inText = (text: string, path: string) => referenceContext(text, text.indexOf(path));

  it('reads a sentence wrapped over lines whole, in a quote too', () => {
    expect(inText('- Rename:\n  `a_plan.md` to\n  `a_done.md`\n', '`a_plan.md`')).toBe('intent');
    expect(inText('> Old drafts were\n> deleted: `draft-1.md`.\n', '`draft-1.md`')).toBe('record');
  });

  it('ends a wrapped sentence at a bold header line', () => {
    const text = '**Status:** live checks deferred to\n`x_livetest.md`\n**Created:** 2026-01-05\n';
    expect(inText(text, '`x_livetest.md`')).toBeUndefined();
  });

  it('reads the sentence that leads into a list', () => {
    const text =
      'Two drafts were retired for this plan:\n\n- `draft-a.md` (first)\n- `draft-b.md`\n';
    expect(inText(text, '`draft-b.md`')).toBe('intent');
    const plain = 'Related plans:\n\n- `plan-a.md`\n';
    expect(inText(plain, '`plan-a.md`')).toBeUndefined();
  });

  it('weighs only words near the path, and questions that end the sentence', () => {
    const far = `See \`plan-b.md\` for the ${'long '.repeat(20)}case that does not exist.`;
    expect(inText(far, '`plan-b.md`')).toBeUndefined();
    const quoted = 'Swap checks go to `swap.md`: ask it ("what did we discuss?") and check.';
    expect(inText(quoted, '`swap.md`')).toBeUndefined();
  });
});

describe('suggestPath', () => {
  const files = [
    'plans/active-plan.md',
    'plans/PR-033-cache.md',
    'specs/x-design_completed.md',
    'README.md',
    'prd/PRD-7-login.md',
  ];

  it('suggests typos, separators and lifecycle words, nearest folder first', () => {
    expect(suggestPath('plans/actve-plan.md', files)).toEqual(['plans/active-plan.md']);
    expect(suggestPath('specs/x-design.md', files)).toEqual(['specs/x-design_completed.md']);
  });

  it('never suggests other numbers, other kinds, generic names or far-off names', () => {
    expect(suggestPath('plans/PR-032-cache.md', files)).toEqual([]);
    expect(suggestPath('brd/BRD-7-login.md', files)).toEqual([]);
    expect(suggestPath('docs/READMEE.md', files)).toEqual([]);
    expect(suggestPath('plans/gone-plan.md', files)).toEqual([]);
  });
});
