import type { Doc } from '../model/doc.ts';

/** A doc with its metadata. */
type WithDoc = { doc: Doc };

const PAST = new Set(['superseded', 'archived', 'abandoned']);
const SAYS_CURRENT = /\b(?:current|latest)\b/i;

/**
 * The docs that describe the project as it is now, so their metrics can be
 * held against the newest CI artifacts: the newest status tracker, the
 * newest report, and docs whose title or file name says `current` or
 * `latest`. Superseded, archived and abandoned docs, and docs in an
 * archive, never are. "Newest" is the latest `updated` (else `date`); when
 * no doc of a kind has a date, a lone doc of that kind is the newest.
 * Older reports describe their own time and are not compared.
 */
export function selectCurrentDocs<Checked extends WithDoc>(docs: readonly Checked[]): Set<Checked> {
  const live = docs.filter(
    ({ doc }) => doc.kind !== 'archive' && !(doc.status !== null && PAST.has(doc.status)),
  );
  const current = new Set<Checked>();
  for (const kind of ['status', 'report'] as const) {
    for (const doc of newest(live.filter((checked) => checked.doc.kind === kind))) {
      current.add(doc);
    }
  }
  for (const checked of live) {
    const name = checked.doc.path.split('/').at(-1) ?? '';
    if (SAYS_CURRENT.test(checked.doc.title ?? '') || SAYS_CURRENT.test(name)) {
      current.add(checked);
    }
  }
  return current;
}

function newest<Checked extends WithDoc>(docs: readonly Checked[]): Checked[] {
  const dated = docs.filter(({ doc }) => (doc.updated ?? doc.date) !== null);
  if (dated.length === 0) return docs.length === 1 ? [...docs] : [];
  const latest = dated.reduce(
    (max, { doc }) =>
      (doc.updated ?? doc.date ?? '') > max ? (doc.updated ?? doc.date ?? '') : max,
    '',
  );
  return dated.filter(({ doc }) => (doc.updated ?? doc.date) === latest);
}
