import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdStoreSave } from '../../src/site/hold-store-save.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A loader context whose meta store counts its writes. */
function context(): { context: LoaderContext; writes: () => number } {
  let writes = 0;
  const meta = {
    set: () => {
      writes++;
    },
  };
  return { context: { meta } as unknown as LoaderContext, writes: () => writes };
}

describe('holdStoreSave', () => {
  it('touches the meta store more often than Astro’s 500 ms save debounce while the work runs, then stops', async () => {
    const { context: loader, writes } = context();
    let finish: (value: string) => void = () => {};
    const held = holdStoreSave(
      loader,
      new Promise<string>((resolve) => {
        finish = resolve;
      }),
    );
    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes()).toBeGreaterThanOrEqual(2_000 / 500);
    finish('done');
    await expect(held).resolves.toBe('done');
    const after = writes();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes()).toBe(after);
  });

  it('stops when the work fails, passing the failure on', async () => {
    const { context: loader, writes } = context();
    const held = holdStoreSave(loader, Promise.reject(new Error('no docs')));
    await expect(held).rejects.toThrow('no docs');
    const after = writes();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes()).toBe(after);
  });
});
