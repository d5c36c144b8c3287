import { describe, expect, it } from 'vitest';
import { metricConflict } from '../../../src/core/rules/metric-conflict.ts';
import { docFixture, runRules } from '../../helpers/doc-context.ts';
import { messagesOf } from '../../helpers/rule-context.ts';

const run = (path: string) => messagesOf(runRules(docFixture(path), metricConflict));

describe('metric-conflict', () => {
  it('reports body claims that contradict the frontmatter, not estimates that agree', () => {
    expect(run('metric-conflict/frontmatter-vs-body.md')).toEqual([
      '17:15 metric-conflict Coverage `48%` contradicts the frontmatter `coverage.value: 52` (line 7); make them agree',
      '19:12 metric-conflict Tests passed `405` contradicts the frontmatter `tests.passed: 410` (line 10); make them agree',
    ]);
  });

  it('reports a summary line against its table once per value', () => {
    expect(run('metric-conflict/summary-vs-table.md')).toEqual([
      '13:17 metric-conflict Completion `85%` contradicts `100%` (line 5); make them agree',
    ]);
  });

  it('takes a claim about a file or folder in a code span for a part, not the whole', () => {
    expect(run('metric-conflict/module-code-span-quiet.md')).toEqual([]);
  });

  it('stays quiet on trend tables, part-level labels, changes, goals and history', () => {
    expect(run('metric-conflict/trend-quiet.md')).toEqual([]);
  });
});

describe('metric-conflict on figures of other subjects', () => {
  it('stays quiet on sections, iterations, timelines and two figures on one line', () => {
    expect(run('metric-conflict/other-subjects-quiet.md')).toEqual([]);
  });
});
