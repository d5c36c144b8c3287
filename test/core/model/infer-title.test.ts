import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/core/load/source-doc.ts';
import { inferTitle } from '../../../src/core/model/infer-title.ts';
import { createLocator } from '../../../src/core/model/locate.ts';
import { seedSource, textSource } from './fixture-source.ts';

function titleOf(source: SourceDoc) {
  return inferTitle(source.tree, source.text, createLocator(source.text));
}

describe('inferTitle', () => {
  it('cuts a trailing "- Updated <date>" and offers it as `updated` (seed 000)', () => {
    expect(titleOf(seedSource('000'))).toEqual({
      title: {
        value: 'Backend Development Status',
        source: { from: 'heading', line: 1, column: 3 },
      },
      dates: [
        {
          field: 'updated',
          raw: '2025-12-13',
          parsed: '2025-12-13',
          source: { from: 'heading', line: 1, column: 40 },
        },
      ],
    });
  });

  it('strips mangled emoji at the start (seed 002)', () => {
    expect(titleOf(seedSource('002'))?.title?.value).toBe(
      'SESSION COMPLETION SUMMARY - PR-048 AUTO-TRACE',
    );
  });

  it('strips emoji and bold decoration', () => {
    expect(titleOf(textSource('# 🎯 **Backend Status** 🚀 -\n'))?.title?.value).toBe(
      'Backend Status',
    );
    expect(titleOf(textSource('# ✅ Coverage 100% (v2)\n'))?.title?.value).toBe(
      'Coverage 100% (v2)',
    );
  });

  it('cuts "(Updated Dec 9, 2025)" and keeps a bare trailing date, offering both', () => {
    const updated = titleOf(textSource('# Plan (Updated Dec 9, 2025)\n'));
    expect(updated?.title?.value).toBe('Plan');
    expect(updated?.dates).toEqual([
      {
        field: 'updated',
        raw: 'Dec 9, 2025',
        parsed: '2025-12-09',
        source: { from: 'heading', line: 1, column: 17 },
      },
    ]);
    const dated = titleOf(textSource('# Status Report - 2025-12-13\n'));
    expect(dated?.title?.value).toBe('Status Report - 2025-12-13');
    expect(dated?.dates.map((date) => [date.field, date.parsed])).toEqual([['date', '2025-12-13']]);
  });

  it('keeps a trailing "Updated" that is not a date', () => {
    expect(titleOf(textSource('# Plan - Updated Soon\n'))).toEqual({
      title: { value: 'Plan - Updated Soon', source: { from: 'heading', line: 1, column: 3 } },
      dates: [],
    });
  });

  it('reads no title from an H1 that comes after a section heading', () => {
    expect(titleOf(textSource('Intro\n\n## 1. Setup\n\nText.\n\nOutput\n======\n'))).toBeNull();
  });

  it('reads only a top-level H1, and returns null without one', () => {
    expect(titleOf(textSource('## Section\n\n> # Quoted\n'))).toBeNull();
    expect(titleOf(textSource('Intro\n\n# Real Title\n'))?.title).toEqual({
      value: 'Real Title',
      source: { from: 'heading', line: 3, column: 3 },
    });
  });

  it('gives a null title when only decoration is left', () => {
    expect(titleOf(textSource('# 🎯 ✅\n'))?.title).toBeNull();
  });
});

describe('inferTitle in prompt-style docs and with symbols', () => {
  const titleOf = (text: string) => {
    const source = textSource(text);
    return inferTitle(source.tree, source.text, createLocator(source.text))?.title?.value ?? null;
  };

  it('skips an H1 inside a block of custom tags', () => {
    expect(titleOf('<context>\n@file.md\n\n# Files to change\n\n</context>\n\nBody.\n')).toBeNull();
    expect(titleOf('<context>\n@file.md\n</context>\n\n# Real Title\n')).toBe('Real Title');
  });

  it('does not lose the doc title to a tag that is never closed', () => {
    expect(titleOf('<objective>\n\n# The Plan\n')).toBe('The Plan');
  });

  it('keeps meaningful arrows in a title', () => {
    expect(titleOf('# 🔄 Client ↔ Server Sync\n')).toBe('Client ↔ Server Sync');
  });
});
