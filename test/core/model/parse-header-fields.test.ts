import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/core/load/source-doc.ts';
import { createLocator } from '../../../src/core/model/locate.ts';
import {
  normalizeKey,
  parseHeaderFields,
  plainText,
} from '../../../src/core/model/parse-header-fields.ts';
import { fixtureSource, seedSource, textSource } from './fixture-source.ts';

/** Fields as compact `zone line:column key = value` strings. */
function fieldsOf(source: SourceDoc): string[] {
  return parseHeaderFields(source.tree, source.text, createLocator(source.text)).map(
    (field) =>
      `${field.zone} ${field.source.line ?? 0}:${field.source.column ?? 0} ${field.key} = ${field.value}`,
  );
}

describe('parseHeaderFields', () => {
  it('reads the head and the footer of seed 001, not its sections', () => {
    expect(fieldsOf(seedSource('001'))).toEqual([
      'head 3:11 date = 2025-12-12',
      'head 4:13 status = ✅ Complete',
      'head 5:17 completion = 100%',
      'head 7:19 related plan = `ResonaAI/Plans/Active/00-Platform-Completion-Plan.md` (Phases 1, 2, 3, 4, 5)',
      'foot 509:23 report generated = 2025-12-12',
      'foot 510:18 next update = N/A (Complete)',
    ]);
  });

  it('reads a footer after the last thematic break (seed 000)', () => {
    expect(fieldsOf(seedSource('000'))).toEqual([
      'head 5:21 current status = Test infrastructure excellent (98.6% pass rate), coverage improving (~40-42%, target: 80%)',
      'foot 421:19 last updated = 2025-12-15',
      'foot 422:20 maintained by = Development Team',
    ]);
  });

  it('reads `**Label:** value` with the colon inside the bold', () => {
    expect(fieldsOf(fixtureSource('header-fields-bold-colon-inside'))).toEqual([
      'head 3:11 date = 2025-12-12',
      'head 4:13 status = ⏳ In Progress',
      'head 5:19 last updated = Dec 14, 2025',
    ]);
  });

  it('reads several bold fields on one line, split at `|` or `·`', () => {
    expect(
      fieldsOf(
        textSource(
          '# Cache\n\n**Status:** ✅ **Done** | **Date:** 2025-12-08 | **Version:** 1.0\n**Seen:** 2026-08-17 · **Status:** open | not a field\n',
        ),
      ),
    ).toEqual([
      'head 3:13 status = ✅ **Done**',
      'head 3:36 date = 2025-12-08',
      'head 3:62 version = 1.0',
      'head 4:11 seen = 2026-08-17',
      'head 4:36 status = open | not a field',
    ]);
  });

  it('reads a plain `Snapshot date:` line in the head', () => {
    expect(fieldsOf(textSource('# Wave\n\nSnapshot date: 2026-04-21.\n'))).toEqual([
      'head 3:16 snapshot date = 2026-04-21.',
    ]);
  });

  it('never reads code blocks, quotes or lists', () => {
    expect(fieldsOf(fixtureSource('header-fields-in-code-block'))).toEqual([]);
  });

  it('ignores the status lines of tasks in sections', () => {
    expect(fieldsOf(fixtureSource('header-fields-in-section'))).toEqual([
      'head 3:13 status = 🟡 Active',
    ]);
  });

  it('ends the head at a second H1', () => {
    expect(fieldsOf(textSource('# A\n\n**Status**: Done\n\n# Task\n\n**Status**: TODO\n'))).toEqual(
      ['head 3:13 status = Done'],
    );
  });

  it('reads the paragraphs under a first `## Executive Summary`', () => {
    expect(fieldsOf(fixtureSource('status-in-summary-section'))).toEqual([
      'summary 5:13 status = ⚠️ **50% PASSING - ARCHITECTURAL BLOCKERS IDENTIFIED**',
    ]);
  });

  it('skips empty values and bold text that is not a label', () => {
    expect(
      fieldsOf(
        textSource('# T\n\n**Change Log**:\n- item\n\n**Bold** words: no\n\n**Owner**: Ana\n'),
      ),
    ).toEqual(['head 8:12 owner = Ana']);
  });

  it('keeps positions right after frontmatter and with CRLF line endings', () => {
    expect(
      fieldsOf(
        textSource('---\ntitle: X\n---\r\n# X\r\n\r\n**Date**: 2025-12-12\r\n**Status**: Done\r\n'),
      ),
    ).toEqual(['head 6:11 date = 2025-12-12', 'head 7:13 status = Done']);
  });
});

describe('normalizeKey', () => {
  it('lower-cases and drops emoji and punctuation', () => {
    expect(normalizeKey('📅 Last-Updated')).toBe('last updated');
  });
});

describe('plainText', () => {
  it('drops inline markup and link targets', () => {
    expect(plainText('**Done** in [plan](plans/x.md) `now`')).toBe('Done in plan now');
  });
});

describe('parseHeaderFields where real docs keep their header', () => {
  it('reads quoted and listed header lines right under the title', () => {
    expect(fieldsOf(textSource('# A\n\n> **Date**: 2025-01-02\n> **Status**: Done\n'))).toEqual([
      'head 3:13 date = 2025-01-02',
      'head 4:15 status = Done',
    ]);
    expect(fieldsOf(textSource('# A\n\n- **Status**: Draft\n- **Owner**: Ana\n'))).toEqual([
      'head 3:15 status = Draft',
      'head 4:14 owner = Ana',
    ]);
  });

  it('reads plain `Status:` and `Date:` lines in the head only', () => {
    expect(
      fieldsOf(textSource('# A\nDate: 2025-01-02\nStatus: Done\nNote: x\n\n## S\n\nStatus: no\n')),
    ).toEqual(['head 2:7 date = 2025-01-02', 'head 3:9 status = Done']);
  });

  it('reads a metadata table in the head, in both layouts', () => {
    expect(
      fieldsOf(textSource('# A\n\n| Field | Value |\n|---|---|\n| Status | Done |\n')),
    ).toEqual(['head 3:11 field = Value', 'head 5:12 status = Done']);
    expect(
      fieldsOf(textSource('# A\n\n| Status | Date |\n|---|---|\n| Draft | 2025-01-02 |\n')),
    ).toEqual(['head 5:3 status = Draft', 'head 5:11 date = 2025-01-02']);
  });

  it('reads the first line of a `## Status` section', () => {
    expect(
      fieldsOf(
        textSource('# A\n\nIntro.\n\n## Context\n\nx\n\n## 📊 Status\n\nIn progress, see below.\n'),
      ),
    ).toEqual(['summary 11:1 status = In progress, see below.']);
  });

  it('reads a footer fenced by two breaks before a closing section', () => {
    expect(
      fieldsOf(
        textSource(
          '# A\n\nIntro.\n\n## B\n\nx\n\n---\n\n**Created**: 2025-01-02\n\n---\n\n## Thanks\n\ny\n',
        ),
      ),
    ).toEqual(['foot 11:14 created = 2025-01-02']);
  });
});

describe('parseHeaderFields under a subtitle', () => {
  it('keeps reading the head below a heading right under the H1', () => {
    expect(
      fieldsOf(textSource('# Phase 2\n## Parser and rules\n**Data início:** 08/12/2025\n')),
    ).toEqual(['head 3:18 data início = 08/12/2025']);
  });
});
