import { describe, expect, it } from 'vitest';
import type { EvidenceView } from '../../src/site/model/doc-view.ts';
import { cardEvidence, countEvidence, describeEvidence } from '../../src/site/view/evidence.ts';

const item = (overrides: Partial<EvidenceView>): EvidenceView => ({
  metric: 'coverage',
  scope: 'total',
  written: '85%',
  state: 'verified',
  artifact: 'coverage/lcov.info',
  date: '2026-03-01',
  detail: '85.0% of lines',
  line: 5,
  ...overrides,
});

describe('evidence views', () => {
  it('gives each card the claim its value came from, and lists the others', () => {
    const first = item({ line: 5, written: '80%' });
    const shown = item({ line: 9 });
    const tests = item({ metric: 'passRate', line: 4, written: '90%' });
    const module = item({ scope: 'src/auth.js', line: 10 });
    const marks = cardEvidence({
      evidence: [tests, first, shown, module],
      sources: [{ field: 'metrics.coverage', from: 'body', inferred: true, line: 9, column: 3 }],
    });
    expect(marks).toEqual({ tests, coverage: shown, others: [first, module] });
  });

  it('counts states and says what each mark means', () => {
    const docs = [
      { evidence: [item({}), item({ state: 'contradicted' })] },
      { evidence: [item({ state: 'unverifiable', artifact: null, date: null, detail: 'x' })] },
    ];
    expect(countEvidence(docs)).toEqual({ verified: 1, contradicted: 1, unverifiable: 1 });
    expect(describeEvidence(item({}))).toBe('Verified against coverage/lcov.info, run 2026-03-01');
    expect(describeEvidence(item({ state: 'contradicted', detail: '60.0% of lines' }))).toBe(
      'Contradicted by coverage/lcov.info, run 2026-03-01: 60.0% of lines',
    );
  });
});
