import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectChangeLog } from '../../../src/core/history/collect-change-log.ts';
import { findEntryDate } from '../../../src/core/history/find-entry-date.ts';
import { parseMarkdown } from '../../../src/core/load/parse-markdown.ts';
import { parseSourceDoc } from '../../../src/core/load/parse-source-doc.ts';
import { buildDoc } from '../../../src/core/metrics/build-doc.ts';

const SEED = new URL('../../fixtures/seeds/000_833aac18af8bc3d3.md', import.meta.url);

describe('collectChangeLog', () => {
  it('reads the bold "Change Log" list of seed 000, years from the doc date', () => {
    const source = parseSourceDoc('BACKEND_STATUS.md', readFileSync(SEED), '/seeds');
    const doc = buildDoc(source);
    const entries = collectChangeLog(source.tree, doc.updated ?? doc.date);
    expect(entries.map((entry) => `${entry.date} ${entry.line}`)).toEqual([
      '2025-12-15 424',
      '2025-12-15 425',
      '2025-12-14 426',
      '2025-12-14 427',
      '2025-12-14 428',
      '2025-12-14 429',
      '2025-12-13 430',
      '2025-12-13 431',
      '2025-12-12 432',
      '2025-12-11 433',
      '2025-12-09 434',
    ]);
    expect(entries[1]?.text).toBe('Protocol execution engine now production-ready');
    expect(entries[8]?.text).toBe('Orchestrator test fix');
  });

  it('reads dated subheadings and the lists under them in a History section', () => {
    const text = [
      '# Plan',
      '',
      '## History',
      '',
      '### 2025-03-02: Beta opened',
      '',
      '- Invited 20 users',
      '',
      '### 2025-02-10',
      '',
      '- Draft written',
      '- Undated but under a dated heading',
      '',
      '## Next',
      '',
      '- 2025-04-01 Not a log entry',
      '',
    ].join('\n');
    expect(collectChangeLog(parseMarkdown(text), null)).toEqual([
      { date: '2025-03-02', text: 'Beta opened', line: 5 },
      { date: '2025-03-02', text: 'Invited 20 users', line: 7 },
      { date: '2025-02-10', text: 'Draft written', line: 11 },
      { date: '2025-02-10', text: 'Undated but under a dated heading', line: 12 },
    ]);
  });

  it('skips undated entries and sections that are not change logs', () => {
    const text =
      '## Changelog\n\n- Something happened\n- 2025-01-05 — Release\n\n## Notes\n\n**Notes**:\n- 2025-01-06 no\n';
    expect(collectChangeLog(parseMarkdown(text), null)).toEqual([
      { date: '2025-01-05', text: 'Release', line: 4 },
    ]);
  });
});

describe('findEntryDate', () => {
  it('reads ISO and named-month dates, and guesses a missing year from the doc date', () => {
    expect(findEntryDate('Shipped (2025-03-20)', null)?.date).toBe('2025-03-20');
    expect(findEntryDate('Shipped on March 20th, 2025', null)?.date).toBe('2025-03-20');
    expect(findEntryDate('Shipped 20 Mar 2025', null)?.date).toBe('2025-03-20');
    expect(findEntryDate('Kickoff (Dec 28)', '2026-01-05')?.date).toBe('2025-12-28');
    expect(findEntryDate('Fix (Jan 3)', '2026-01-05')?.date).toBe('2026-01-03');
    expect(findEntryDate('Fix (Jan 3)', null)).toBeNull();
    expect(findEntryDate('On 12/03 we met', '2025-05-01')).toBeNull();
    expect(findEntryDate('Day 2025-02-30', null)).toBeNull();
  });
});
