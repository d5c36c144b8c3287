import type { DocKind } from './vocabulary.ts';
import type { Sourced } from './doc.ts';

/** Words that name a kind of doc, in file names, folders and titles. */
const KIND_WORDS: Readonly<Record<string, DocKind>> = {
  handoff: 'handoff',
  handover: 'handoff',
  adr: 'decision',
  adrs: 'decision',
  decision: 'decision',
  decisions: 'decision',
  report: 'report',
  reports: 'report',
  summary: 'report',
  session: 'report',
  sessions: 'report',
  audit: 'report',
  progress: 'report',
  status: 'status',
  tracker: 'status',
  plan: 'plan',
  plans: 'plan',
  roadmap: 'plan',
  spec: 'plan',
  specs: 'plan',
  specification: 'plan',
  proposal: 'plan',
  concept: 'plan',
  vision: 'plan',
  task: 'plan',
  tasks: 'plan',
  todo: 'plan',
  todos: 'plan',
  wishlist: 'plan',
  // Portuguese, Spanish, German, French.
  relatorio: 'report',
  relatório: 'report',
  resumo: 'report',
  plano: 'plan',
  planejamento: 'plan',
  informe: 'report',
  resumen: 'report',
  bericht: 'report',
  zusammenfassung: 'report',
  konzept: 'plan',
  rapport: 'report',
  bilan: 'report',
};

/** Chinese has no spaces between words: these count anywhere in the text, in this order. */
const CJK_WORDS: readonly [string, DocKind][] = [
  ['交接', 'handoff'],
  ['决策', 'decision'],
  ['计划', 'plan'],
  ['规划', 'plan'],
  ['方案', 'plan'],
  ['报告', 'report'],
  ['总结', 'report'],
];

// A handoff or a decision is such even when it also says "summary" or "status".
const SPECIFIC: readonly DocKind[] = ['handoff', 'decision'];

/**
 * The kind named by words such as `PROGRESS_REPORT`, `Backend Status` or
 * `00-Platform-Completion-Plan`, or null. Handoffs and decisions win;
 * otherwise the last kind word does, because the head noun comes last in
 * English: a `Status Report` is a report, a `Plan Status` a status.
 */
export function kindFromWords(text: string): DocKind | null {
  const words = text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  // Own keys only: a word such as `constructor` must not find Object's.
  const kinds = words.flatMap((word) =>
    Object.hasOwn(KIND_WORDS, word) ? (KIND_WORDS[word] ?? []) : [],
  );
  const chinese = CJK_WORDS.find(([word]) => text.includes(word))?.[1];
  return kinds.find((kind) => SPECIFIC.includes(kind)) ?? kinds.at(-1) ?? chinese ?? null;
}

/** What {@link inferKind} chooses from, best first. */
export interface KindCandidates {
  /** `kind` in frontmatter, already validated. */
  frontmatter?: Sourced<DocKind> | null;
  /** A kind from the configured `kinds` globs. */
  config?: Sourced<DocKind> | null;
  /** From the folder, then the file name (see `inferFromPath`). */
  path?: Sourced<DocKind> | null;
  /** Titles (frontmatter, first heading), for their kind words; the first with one wins. */
  titles?: readonly (Sourced<string> | null | undefined)[];
}

/**
 * A doc's kind: frontmatter, then configuration, then path, then title words.
 * The default is `report`: most loose docs in these repos are point-in-time
 * write-ups, and a wrong `status` (a living tracker) would make the `stale`
 * rule cry wolf on every old report.
 */
export function inferKind(candidates: KindCandidates): Sourced<DocKind> {
  const fromTitle = (candidates.titles ?? []).flatMap((title) => {
    const kind = title ? kindFromWords(title.value) : null;
    return kind && title ? [{ value: kind, source: title.source }] : [];
  })[0];
  return (
    candidates.frontmatter ??
    candidates.config ??
    candidates.path ??
    fromTitle ?? { value: 'report', source: { from: 'default' } }
  );
}
