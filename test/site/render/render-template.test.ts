import { describe, expect, it } from 'vitest';
import { createRenderCache } from '../../../src/site/render/render-template.ts';

describe('createRenderCache', () => {
  it('reuses a template only for the same body, title and trust', () => {
    const renders = createRenderCache();
    const first = renders.get('# A\n\ntext', { title: 'A', trustHtml: false });
    expect(renders.get('# A\n\ntext', { title: 'A', trustHtml: false })).toBe(first);
    renders.get('# A\n\ntext', { title: null, trustHtml: false });
    renders.get('# A\n\ntext', { title: 'A', trustHtml: true });
    // The title's text moved into the body: a key joining title and body would collide.
    renders.get('A# A\n\ntext', { title: '', trustHtml: false });
    expect(renders.stats).toEqual({ rendered: 4, reused: 1 });
    expect(first).toEqual({
      html: '\n<p>text</p>\n',
      headings: [],
      titleId: 'a',
      key: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
    const other = renders.get('# A\n\ntext', { title: null, trustHtml: false });
    expect(other.key).not.toBe(first.key);
  });
});
