import { isContradiction } from '../../core/report/rank-findings.ts';
import type { DocView } from '../model/doc-view.ts';
import { compareNewest, compareText } from './compare.ts';
import { activityOf } from './dashboard.ts';
import { plural } from './format.ts';

/** A doc that needs attention, and why in a few words. */
export interface AttentionItem {
  doc: DocView;
  /** `Contradiction: metric-sum, table-total`, `Error: frontmatter-schema`. */
  reason: string;
}

/** What "Needs attention" lists, and what it leaves out. */
export interface Attention {
  /** Most severe first (see {@link rankAttention}). */
  items: AttentionItem[];
  /** Docs with errors or warnings that are retired (archived, superseded, done, abandoned). */
  retired: number;
}

/** Statuses of docs nobody works on any more: their findings do not need attention now. */
const RETIRED: ReadonlySet<string> = new Set(['archived', 'superseded', 'done', 'abandoned']);

/** Whether a doc is retired: finished, replaced, given up, or of kind `archive`. */
export function isRetired(doc: Pick<DocView, 'status' | 'kind'>): boolean {
  return doc.kind === 'archive' || (doc.status !== null && RETIRED.has(doc.status));
}

/**
 * The docs that need attention: live docs with errors or warnings, ranked by
 * how severe their worst finding is, not by how many findings they have
 * (one file's 80 mojibake places or 14 broken links do not outrank one sum
 * that does not add up). Tiers: a contradiction in numbers or claims at
 * error level, or a metric a CI artifact contradicts; a contradiction at
 * warning level; another error; another warning. Within a tier, more
 * distinct contradicting rules first, then the newest doc. Pure.
 */
export function rankAttention(docs: readonly DocView[]): Attention {
  const flagged = docs.filter((doc) => doc.counts.error + doc.counts.warning > 0);
  const live = flagged.filter((doc) => !isRetired(doc));
  const ranked = live
    .map((doc) => ({ doc, ...severityOf(doc) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        b.contradictions.length - a.contradictions.length ||
        compareNewest(activityOf(a.doc), activityOf(b.doc)) ||
        compareText(a.doc.path, b.doc.path),
    );
  return {
    items: ranked.map(({ doc, reason }) => ({ doc, reason })),
    retired: flagged.length - live.length,
  };
}

function severityOf(doc: DocView): { tier: number; contradictions: string[]; reason: string } {
  const shown = doc.diagnostics.filter((d) => d.severity !== 'info');
  const rules = (severity: 'error' | 'warning', contradiction: boolean): string[] => [
    ...new Set(
      shown
        .filter((d) => d.severity === severity && isContradiction(d.ruleId) === contradiction)
        .map((d) => d.ruleId ?? 'finding'),
    ),
  ];
  const contradicted = doc.evidence.filter((item) => item.state === 'contradicted').length;
  const errorClaims = rules('error', true);
  const warningClaims = rules('warning', true);
  const contradictions = [
    ...new Set([
      ...errorClaims,
      ...warningClaims,
      ...(contradicted > 0 ? ['metric-evidence'] : []),
    ]),
  ];
  if (errorClaims.length > 0 || contradicted > 0) {
    const named =
      contradicted > 0
        ? [...errorClaims, `${plural(contradicted, 'metric')} against CI`]
        : errorClaims;
    return { tier: 0, contradictions, reason: `Contradiction: ${named.join(', ')}` };
  }
  if (warningClaims.length > 0) {
    return { tier: 1, contradictions, reason: `Contradiction: ${warningClaims.join(', ')}` };
  }
  const errors = rules('error', false);
  if (errors.length > 0) return { tier: 2, contradictions, reason: `Error: ${errors.join(', ')}` };
  return { tier: 3, contradictions, reason: `Warning: ${rules('warning', false).join(', ')}` };
}
