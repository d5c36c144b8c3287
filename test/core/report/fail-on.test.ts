import { describe, expect, it } from 'vitest';
import { reachesFailOn } from '../../../src/core/report/fail-on.ts';

const summary = (errors: number, warnings: number) => ({ files: 1, errors, warnings, infos: 3 });

describe('reachesFailOn', () => {
  it('stops on errors, on warnings with `warning`, never with `never`', () => {
    expect(reachesFailOn(summary(1, 0), 'error')).toBe(true);
    expect(reachesFailOn(summary(0, 2), 'error')).toBe(false);
    expect(reachesFailOn(summary(0, 2), 'warning')).toBe(true);
    expect(reachesFailOn(summary(0, 0), 'warning')).toBe(false);
    expect(reachesFailOn(summary(5, 5), 'never')).toBe(false);
  });

  it('stops on more warnings than `maxWarnings`', () => {
    expect(reachesFailOn(summary(0, 2), 'error', 2)).toBe(false);
    expect(reachesFailOn(summary(0, 3), 'error', 2)).toBe(true);
  });
});
