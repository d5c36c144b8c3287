import { describe, expect, it } from 'vitest';
import { sectionAt } from '../../../src/core/metrics/collect-sections.ts';
import { sectionsAt } from '../../../src/core/metrics/sections-at.ts';
import { docContext } from '../../helpers/doc-context.ts';

describe('sectionsAt', () => {
  it('finds the innermost section around each offset, as sectionAt does', () => {
    const text = 'Intro\n\n# A\n\na\n\n## B\n\nb\n\n### C\n\nc\n\n## D\n\nd\n\n# E\n\ne\n';
    const { sections } = docContext(text).index;
    const offsets = Array.from({ length: text.length }, (_, at) => at);
    expect(sectionsAt(sections, offsets)).toEqual(offsets.map((at) => sectionAt(sections, at)));
    expect(sectionsAt(sections, [0])).toEqual([null]);
  });
});
