import { describe, expect, it } from 'vitest';
import { collectLandmarks } from '../../../src/core/links/collect-landmarks.ts';
import { fixtureSource, textSource } from '../model/fixture-source.ts';

describe('collectLandmarks', () => {
  it('slugs headings like GitHub: emoji, punctuation, duplicates, custom ids, HTML anchors', () => {
    const source = fixtureSource('links-anchors-emoji', 'STATUS.md');
    expect([...collectLandmarks(source.tree)]).toEqual([
      'anchors',
      '-done-100',
      'phase-1-setup--deploy',
      'phase-1-setup--deploy-1',
      'custom-heading-my-id',
      'my-id',
      'legacy-anchor',
      'latency-p99',
    ]);
  });

  it('numbers duplicates per doc, not across docs', () => {
    const text = '# Notes\n\n## Notes\n';
    expect([...collectLandmarks(textSource(text).tree)]).toEqual(['notes', 'notes-1']);
    expect([...collectLandmarks(textSource(text).tree)]).toEqual(['notes', 'notes-1']);
  });

  it('reads ids from HTML but not from comments or code', () => {
    const text =
      '<div id="a"></div>\n\n<!-- <a name="b"></a> -->\n\n```html\n<a id="c"></a>\n```\n';
    expect([...collectLandmarks(textSource(text).tree)]).toEqual(['a']);
  });
});
