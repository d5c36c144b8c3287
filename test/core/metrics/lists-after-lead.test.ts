import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/load/parse-markdown.ts';
import { listsAfterLead } from '../../../src/core/metrics/lists-after-lead.ts';

const isNext = (lead: string): boolean => lead === 'Next:';

describe('listsAfterLead', () => {
  it('returns the offsets of a list whose paragraph ends with the lead, at any depth', () => {
    const text = 'Done so far.\nNext:  \n\n- a\n- b\n\n> Next:\n>\n> - c\n';
    const ranges = listsAfterLead(parseMarkdown(text), isNext);
    expect(ranges.map(([from, to]) => text.slice(from, to))).toEqual(['- a\n- b', '- c']);
  });

  it('leaves lists after another paragraph, a heading or nothing alone', () => {
    const text = 'Next: soon.\n\n- a\n\n## Next:\n\n- b\n\n- c\n';
    expect(listsAfterLead(parseMarkdown(text), isNext)).toEqual([]);
  });
});
