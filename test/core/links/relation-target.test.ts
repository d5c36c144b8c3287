import { describe, expect, it } from 'vitest';
import { namesADoc, prefixesOf } from '../../../src/core/links/relation-target.ts';

describe('relation targets', () => {
  const prefixes = prefixesOf(
    new Map([
      ['TASK-001', 'tasks/TASK-001.md'],
      ['plans/a.md', 'plans/a.md'],
    ]),
  );

  it('name a doc as a path or as an id shaped like the docs’ own ids', () => {
    expect(namesADoc('plans/x', prefixes)).toBe(true);
    expect(namesADoc('x.md', prefixes)).toBe(true);
    expect(namesADoc('TASK-042', prefixes)).toBe(true);
  });

  it('name no doc as a number or a key of another system', () => {
    expect(namesADoc('02', prefixes)).toBe(false);
    expect(namesADoc('260506-k3t', prefixes)).toBe(false);
    expect(namesADoc('FEAT-9DDE', prefixes)).toBe(false);
  });
});
