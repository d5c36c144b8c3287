import type { Doc, ValueSource } from '../model/doc.ts';
import type { DocStatus } from '../model/vocabulary.ts';
import type { BodyClaim, PercentClaim } from './body-claim.ts';

/** A status the doc itself writes (frontmatter or a header line), not one guessed from its path. */
export interface StatedStatus {
  status: DocStatus;
  /** As written (`✅ Complete`), or the normalized word. */
  text: string;
  source: ValueSource;
}

/** The doc's status when the doc states it in frontmatter or a header line. */
export function statedStatus(doc: Doc): StatedStatus | null {
  const source = doc.sources.status;
  if (!doc.status || !source || (source.from !== 'frontmatter' && source.from !== 'header')) {
    return null;
  }
  return { status: doc.status, text: (doc.statusText ?? doc.status).trim(), source };
}

/** A completion percent the doc states, with where. */
export interface StatedCompletion {
  min: number;
  max: number;
  /** As written (`100%`, `~40%`). */
  text: string;
  line: number;
  column: number;
  from: 'frontmatter' | 'header' | 'body';
}

/**
 * The doc's completion: `metrics.completion` from frontmatter or a header
 * line, else the first current completion claim of the body
 * (`Overall Progress: ~40%`).
 */
export function statedCompletion(doc: Doc, claims: readonly BodyClaim[]): StatedCompletion | null {
  const source = doc.sources['metrics.completion'];
  const value = doc.metrics.completion;
  if (value !== undefined && (source?.from === 'frontmatter' || source?.from === 'header')) {
    const claim = claims.find(
      (c): c is PercentClaim => c.metric === 'completion' && c.position.start.line === source.line,
    );
    return {
      min: claim?.value.min ?? value,
      max: claim?.value.max ?? value,
      text: claim ? percentText(claim) : `${value}%`,
      line: source.line ?? 1,
      column: source.column ?? 1,
      from: source.from,
    };
  }
  const claim = claims.find((c): c is PercentClaim => c.metric === 'completion' && c.current);
  if (!claim) return null;
  return {
    min: claim.value.min,
    max: claim.value.max,
    text: percentText(claim),
    line: claim.position.start.line,
    column: claim.position.start.column,
    from: 'body',
  };
}

/** The percent of a claim as written in its text (`~40%`), else the number. */
export function percentText(claim: PercentClaim): string {
  const { value } = claim;
  const number = value.min === value.max ? `${value.min}` : `${value.min}\\s*[-–]\\s*${value.max}`;
  const found = new RegExp(
    String.raw`(?:~|≈|≥|>=|>|≤|<=|<)?\s*${number.replaceAll('.', '\\.')}\s*%\+?`,
  ).exec(claim.text);
  return found
    ? found[0].trim()
    : value.min === value.max
      ? `${value.min}%`
      : `${value.min}–${value.max}%`;
}
