import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../src/site/render/render-body.ts';

describe('sanitizeHast and the names of Object', () => {
  it('unwraps an element named after an Object property instead of keeping it or failing', () => {
    const { html } = renderBody(
      '<constructor onclick="alert(1)" title="t">a</constructor> <hasownproperty>b</hasownproperty>',
    );
    expect(html).toBe('<p>a b</p>\n');
  });
});
