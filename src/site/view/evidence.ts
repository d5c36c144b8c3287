import type { DocView, EvidenceView } from '../model/doc-view.ts';

/** The evidence behind a doc's Tests and Coverage cards: the claims the cards show. */
export interface CardEvidence {
  tests?: EvidenceView;
  coverage?: EvidenceView;
  /** The doc's other compared claims (module coverage, a second count), in line order. */
  others: EvidenceView[];
}

/**
 * Which verdict each metric card shows: the claim on the line the card's
 * value came from, else the doc's first claim of that metric about the
 * whole project (a pass rate for the Tests card when no count was compared).
 */
export function cardEvidence(view: Pick<DocView, 'evidence' | 'sources'>): CardEvidence {
  const lineOf = (field: string) => view.sources.find((s) => s.field === field)?.line ?? null;
  const pick = (metrics: EvidenceView['metric'][], field: string) => {
    const total = view.evidence.filter((e) => e.scope === 'total' && metrics.includes(e.metric));
    return total.find((e) => e.line === lineOf(field)) ?? total[0];
  };
  const tests = pick(['tests', 'passRate'], 'metrics.tests');
  const coverage = pick(['coverage'], 'metrics.coverage');
  const others = view.evidence.filter((e) => e !== tests && e !== coverage);
  return { ...(tests ? { tests } : {}), ...(coverage ? { coverage } : {}), others };
}

/** How many metric claims of the set were verified, contradicted, or could not be compared. */
export function countEvidence(
  docs: readonly Pick<DocView, 'evidence'>[],
): Record<EvidenceView['state'], number> {
  const counts = { verified: 0, contradicted: 0, unverifiable: 0 };
  for (const doc of docs) for (const item of doc.evidence) counts[item.state]++;
  return counts;
}

/** One line saying what the evidence of a claim is: `Verified against reports/junit.xml (run 2026-03-01)`. */
export function describeEvidence(item: EvidenceView): string {
  const run = item.date ? `, run ${item.date}` : '';
  if (item.state === 'verified') return `Verified against ${item.artifact ?? ''}${run}`;
  if (item.state === 'contradicted') {
    return `Contradicted by ${item.artifact ?? ''}${run}: ${item.detail}`;
  }
  return `Unverifiable: ${item.detail}`;
}
