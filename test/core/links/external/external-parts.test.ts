import { describe, expect, it } from 'vitest';
import {
  collectHtmlAnchors,
  hasAnchor,
} from '../../../../src/core/links/external/collect-html-anchors.ts';
import { createLimiter } from '../../../../src/core/links/external/limiter.ts';
import { parseRetryAfter } from '../../../../src/core/links/external/parse-retry-after.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');
  it('reads seconds and HTTP dates, never negative', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('collectHtmlAnchors', () => {
  it('finds id and name attributes, quoted or bare, with entities decoded', () => {
    const html = `<h2 id="intro">x</h2><a name='old'></a><div data-id="no" id=bare></div>
      <p id="a&amp;b" class="x"></p><span id="&#128512;"></span>`;
    expect(collectHtmlAnchors(html)).toEqual(['a&b', 'bare', 'intro', 'old', '😀']);
  });
  it("accepts GitHub's user-content- ids, #top and text fragments", () => {
    expect(hasAnchor(['user-content-setup'], 'setup')).toBe(true);
    expect(hasAnchor([], 'top')).toBe(true);
    expect(hasAnchor([], ':~:text=hello')).toBe(true);
    expect(hasAnchor(['setup'], 'install')).toBe(false);
  });
});

describe('createLimiter', () => {
  it('starts tasks in order within the overall and per-host limits', async () => {
    const limit = createLimiter(3, 2);
    const started: string[] = [];
    const release = new Map<string, () => void>();
    const task = (name: string, host: string) =>
      limit(host, () => {
        started.push(name);
        return new Promise<void>((resolve) => release.set(name, resolve));
      });
    const all = Promise.all([
      task('a1', 'a'),
      task('a2', 'a'),
      task('a3', 'a'),
      task('b1', 'b'),
      task('b2', 'b'),
    ]);
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    await settle();
    expect(started).toEqual(['a1', 'a2', 'b1']);
    release.get('a1')?.();
    await settle();
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3']);
    release.get('b1')?.();
    await settle();
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3', 'b2']);
    for (const done of release.values()) done();
    await all;
  });
});
