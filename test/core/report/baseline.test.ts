import { describe, expect, it } from 'vitest';
import {
  applyBaseline,
  buildBaseline,
  formatBaseline,
  parseBaseline,
} from '../../../src/core/report/baseline.ts';
import { fileResult } from './check-result-fixture.ts';

const claim = (line: number, reference: number) => ({
  ruleId: 'unverified-claim' as const,
  severity: 'warning' as const,
  reason: `Doc claims \`Complete\` (line ${reference}) but \`Load tests\` is still pending`,
  place: { line, column: 3 },
});
const sum = (line: number, total: number) => ({
  ruleId: 'metric-sum' as const,
  severity: 'error' as const,
  reason: `Passed \`4\` + failed \`1\` = 5 exceeds total \`${total}\``,
  place: { line, column: 1 },
});

describe('baseline', () => {
  it('suppresses recorded findings even after lines were added above them', () => {
    const before = { root: '/p', files: [fileResult('a.md', [claim(10, 4), sum(20, 4)])] };
    const baseline = parseBaseline(formatBaseline(buildBaseline(before, 'docs/')));
    if (!baseline) throw new Error('baseline did not read back');
    expect(Object.keys(baseline.files)).toEqual(['docs/a.md']);
    const moved = { root: '/p', files: [fileResult('a.md', [claim(15, 9), sum(25, 4)])] };
    const { result, suppressed } = applyBaseline(moved, baseline, 'docs/');
    expect(suppressed).toBe(2);
    expect(result.files[0]?.messages).toEqual([]);
  });

  it('reports a new finding, and a second copy of a recorded one', () => {
    const before = { root: '/p', files: [fileResult('a.md', [sum(20, 4)])] };
    const baseline = buildBaseline(before);
    const after = { root: '/p', files: [fileResult('a.md', [sum(20, 4), sum(30, 4), sum(40, 7)])] };
    const { result, suppressed } = applyBaseline(after, baseline);
    expect(suppressed).toBe(1);
    expect(result.files[0]?.messages.map((message) => message.line)).toEqual([30, 40]);
  });

  it('rejects a file that is not a baseline', () => {
    expect(parseBaseline('{"version":2,"files":{}}')).toBeUndefined();
    expect(parseBaseline('not json')).toBeUndefined();
  });
});
