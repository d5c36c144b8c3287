import { describe, expect, it } from 'vitest';
import { targetScope } from '../../src/cli/resolve-targets.ts';

describe('targetScope', () => {
  it('lets typed paths widen to a configured or detected folder, not to a detected repository root', () => {
    expect(targetScope({ config: { content: 'docs' }, detected: true })).toBe('docs');
    expect(targetScope({ config: { content: '.' }, detected: false })).toBe('.');
    expect(targetScope({ config: { content: '.' }, detected: true })).toBeUndefined();
  });
});
