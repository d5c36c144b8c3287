import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/core/config/config-schema.ts';
import { createSeverityResolver, isRuleOff } from '../../../src/core/rules/apply-severities.ts';

const resolve = (config: object) => createSeverityResolver(configSchema.parse(config));

describe('severity presets', () => {
  it('leaves the opt-in rules off by default and turns them on at warning with `strict`', () => {
    expect(resolve({})('unverified-claim', 'a.md')).toBe('off');
    expect(resolve({})('yaml-syntax', 'a.md')).toBe('error');
    expect(resolve({ preset: 'strict' })('unverified-claim', 'a.md')).toBe('warning');
    expect(resolve({ preset: 'strict' })('done-with-open-tasks', 'a.md')).toBe('warning');
  });

  it('lets `rules` and `overrides` win over the preset', () => {
    const severity = resolve({
      preset: 'strict',
      rules: { 'metric-conflict': 'off' },
      overrides: [{ files: 'archive/**', rules: { 'unverified-claim': 'off' } }],
    });
    expect(severity('metric-conflict', 'a.md')).toBe('off');
    expect(severity('unverified-claim', 'archive/a.md')).toBe('off');
    expect(severity('unverified-claim', 'a.md')).toBe('warning');
  });

  it('knows a rule off for every path, which the check then does not run', () => {
    const off = (config: object) => isRuleOff(configSchema.parse(config), 'unverified-claim');
    expect(off({})).toBe(true);
    expect(off({ preset: 'strict' })).toBe(false);
    expect(off({ rules: { 'unverified-claim': 'warning' } })).toBe(false);
    expect(off({ overrides: [{ files: 'plans/**', rules: { 'unverified-claim': 'info' } }] })).toBe(
      false,
    );
    expect(off({ preset: 'strict', rules: { 'unverified-claim': 'off' } })).toBe(true);
    expect(isRuleOff(configSchema.parse({}), 'yaml-syntax')).toBe(false);
  });
});
