import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes, importTexts } from './import-texts.ts';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));

describe('planImport', () => {
  it('lifts header lines into frontmatter with the file’s CRLF line endings, and repairs mojibake', () => {
    const [doc] = importBytes({ 'status-report.md': fixture('import-crlf/status-report.md') });
    expect(doc?.text).toBe(
      [
        '---',
        'title: Sprint 9 Report',
        'kind: report',
        'status: done',
        'date: 2025-12-12',
        'owner: Platform team',
        '---',
        '# Sprint 9 Report',
        '',
        '**Date**: 2025-12-12',
        '**Status**: ✅ Complete',
        '**Owner**: Platform team',
        '',
        'All work ✅ shipped.',
        '',
      ].join('\r\n'),
    );
    expect(doc?.plan.lifted).toEqual(['title', 'kind', 'status', 'date', 'owner']);
    expect(doc?.plan.fixes.map((fix) => fix.ruleId)).toEqual(['mojibake', 'frontmatter']);
  });

  it('inserts after a byte order mark (the text has none; the writer puts it back)', () => {
    const [doc] = importBytes({ 'handoff.md': fixture('import-bom/handoff.md') });
    expect(doc?.source.bom).toBe(true);
    expect(doc?.text).toBe(
      '---\r\ntitle: Handoff\r\nkind: handoff\r\ndate: 2025-11-03\r\n---\r\n# Handoff\r\n\r\n**Date**: 2025-11-03\r\n\r\nNotes.\r\n',
    );
  });

  it('adds only missing keys to existing frontmatter, keeping its comments and quoting byte for byte', () => {
    const original = fixture('import-frontmatter-comments/plans/roadmap.md').toString('utf8');
    const [doc] = importTexts({ 'plans/roadmap.md': original });
    expect(doc?.text).toBe(
      original.replace(
        'tags: [platform, 2026]\n',
        'tags: [platform, 2026]\n# kind: plan # guessed from the folder; uncomment to confirm\nstatus: active\ndate: 2026-01-05\n',
      ),
    );
    expect(doc?.plan.guesses).toEqual(['kind']);
    expect(doc?.plan.notes.map((note) => note.text)).toEqual([
      '`kind: plan` is a guess (guessed from the folder); it was written as a comment to confirm',
    ]);
  });

  it('writes guesses as comments: a kind from title words, a status picked out of a sentence', () => {
    const [doc] = importTexts({
      'notes.md': '# API Status\n\n**Status**: mostly blocked by the vendor this week\n',
    });
    expect(doc?.text).toBe(
      [
        '---',
        'title: API Status',
        '# kind: status # guessed from the title; uncomment to confirm',
        '# status: blocked # read from `mostly blocked by the vendor this week`; uncomment to confirm',
        '---',
        '# API Status',
        '',
        '**Status**: mostly blocked by the vendor this week',
        '',
      ].join('\n'),
    );
  });

  it('writes relation targets relative to the doc, and leaves broken ones where they are', () => {
    const docs = importTexts({
      'plans/p.md': '---\ntitle: P\nkind: plan\n---\n# P\n',
      'reports/r.md':
        '# Weekly report\n\n**Date**: 2025-01-02\n**Related Plan**: `plans/p.md`\n**Supersedes**: `gone.md`\n',
    });
    expect(docs[1]?.text.split('---\n')[1]).toBe(
      'title: Weekly report\n# kind: report # guessed from the folder; uncomment to confirm\ndate: 2025-01-02\nplan: ../plans/p.md\n',
    );
  });

  it('has nothing to do the second time', () => {
    for (const name of ['import-crlf/status-report.md', 'import-bom/handoff.md']) {
      const [first] = importBytes({ 'a.md': fixture(name) });
      const [second] = importTexts({ 'a.md': first?.text ?? '' });
      expect(second?.plan.fixes).toEqual([]);
    }
  });

  it('leaves frontmatter that is not a YAML mapping for a person', () => {
    const [doc] = importTexts({ 'a.md': '---\n- a\n- b\n---\n# Title\n' });
    expect(doc?.plan.fixes).toEqual([]);
    expect(doc?.plan.notes.map((note) => note.text)).toEqual([
      'The frontmatter is not a valid YAML mapping; fix it, then run `statusdocs import` again',
    ]);
  });
});
