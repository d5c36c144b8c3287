import { verifyMetrics } from '../evidence/verify-metrics.ts';
import { report } from './report.ts';
import type { SetRule } from './rule.ts';

const NAMES = { tests: 'Tests', passRate: 'Pass rate', coverage: 'Coverage' } as const;

/**
 * `metric-evidence`: a current status doc's test counts, pass rate or
 * coverage that the CI artifacts contradict (`check --evidence`, config
 * `evidence`, or the common artifact locations). See `verifyMetrics` for
 * which docs and claims are compared; claims that agree, and claims of
 * docs about an earlier state, are quiet.
 */
export const metricEvidence: SetRule = {
  id: 'metric-evidence',
  description: 'A current metric claim contradicts the CI artifacts.',
  check(context) {
    const evidence = context.facts.evidence;
    if (!evidence) return;
    const files = new Map(context.docs.map(({ source }) => [source.path, source.file]));
    for (const verdict of verifyMetrics(context.docs, evidence, { currentOnly: true })) {
      if (verdict.state !== 'contradicted' || !verdict.artifact) continue;
      const file = files.get(verdict.path);
      if (!file) continue;
      const what =
        verdict.scope === 'total'
          ? NAMES[verdict.metric]
          : `${NAMES[verdict.metric]} of \`${verdict.scope}\``;
      report(
        file,
        'metric-evidence',
        `${what} \`${verdict.written}\` contradicts ${verdict.artifact.path} (${verdict.detail}, run ${verdict.artifact.date}); update the doc`,
        {
          start: { line: verdict.line, column: verdict.column },
          end: { line: verdict.endLine, column: verdict.endColumn },
        },
        { actual: verdict.written, expected: [verdict.detail] },
      );
    }
  },
};
