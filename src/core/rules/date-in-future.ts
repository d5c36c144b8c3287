import { findDates } from '../metrics/claim-context.ts';
import type { TextLine } from '../metrics/mask-text.ts';
import { placeOf } from '../metrics/value-place.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Wording that says something happened on that date. */
const HAPPENED =
  /✅|âœ…|\b(?:completed?|done|fixed|resolved|merged|shipped|released|deployed|finished|closed|updated|added|created|implemented|integrated|ran|tested|verified|delivered|landed|migrated)\b/i;
/** Wording that makes a date a plan: a later date is then expected. */
const PLANNED =
  /→|->|\b(?:projected|forecast|completion date|by|due|target(?:ed)?|deadline|eta|plan(?:ned)?|scheduled|expected|estimated|next|until|will|before|upcoming|review|on track|start(?:s|ing)?|kick-?off|expires?|valid|sunset|freeze|cut-?off|milestone|goal|tbd)\b/i;

/**
 * `date-in-future`: a date that cannot have happened yet. A doc's own `date`
 * or `updated` after today (more than a day after today's UTC date, for
 * teams east of UTC); and an entry in the body dated after the doc's
 * stated last update (`updated`), when the text says it happened
 * (`COMPLETED - Dec 20, 2025`, `### Dec 20, 2025 - Shipped`). Plans,
 * deadlines and projections (`due`, `target`, `next review`, `Jan 6 → Mar
 * 30`) may be in the future, and a doc's `date` is no limit: it says when
 * the doc was written, and docs are edited after that.
 */
export const dateInFuture: DocRule = {
  id: 'date-in-future',
  description: 'A doc cannot report what happened after today or after its own last update.',
  check({ source, index, doc, today }) {
    for (const field of ['date', 'updated'] as const) {
      const value = doc[field];
      const from = doc.sources[field];
      if (!value || value <= dayAfter(today)) continue;
      if (from?.from !== 'frontmatter' && from?.from !== 'header') continue;
      report(
        source.file,
        'date-in-future',
        `${field === 'date' ? 'Date' : 'Updated date'} \`${value}\` is after today \`${today}\`; correct the date`,
        placeOf(from),
        { expected: [`<= ${today}`], actual: value },
      );
    }
    // Only a stated last update is a limit: a doc's `date` (or `Created`) is
    // when it was written, and docs are edited after that.
    if (!doc.updated) return;
    const limit = doc.updated;
    const from = doc.sources.updated;
    if (from?.from !== 'frontmatter' && from?.from !== 'header') return;
    const where = from.line ? ` (line ${from.line})` : '';
    // One stale `updated` is one cause: a single finding, at the first entry
    // dated after it, naming the others.
    const [first, ...others] = laterEntries(index.lines, limit, from.line);
    if (!first) return;
    const more =
      others.length === 0
        ? ''
        : `, as ${others.length === 1 ? 'is 1 more entry' : `are ${others.length} more entries`} (line${others.length === 1 ? '' : 's'} ${others.map((entry) => entry.line).join(', ')})`;
    report(
      source.file,
      'date-in-future',
      `Date \`${first.text}\` is after the doc's last update \`${limit}\`${where}${more}; correct the date or update \`updated\``,
      { offset: first.start, endOffset: first.start + first.text.length },
      { expected: [`<= ${limit}`], actual: first.date },
    );
  },
};

interface LaterEntry {
  text: string;
  date: string;
  start: number;
  line: number;
}

/** Dates after `limit` on lines that say something happened then, in text order. */
function laterEntries(lines: readonly TextLine[], limit: string, skipLine?: number): LaterEntry[] {
  const entries: LaterEntry[] = [];
  for (const line of lines) {
    if (line.line === skipLine) continue;
    if (!HAPPENED.test(line.text) || PLANNED.test(line.text)) continue;
    for (const date of findDates(line.text)) {
      if (date.date <= limit) continue;
      entries.push({
        text: date.text,
        date: date.date,
        start: line.offset + date.index,
        line: line.line,
      });
    }
  }
  return entries;
}

/**
 * The day after `today` (UTC): a team east of UTC writes tomorrow's UTC date
 * for most of its day, so only a date past that is after today everywhere.
 */
function dayAfter(today: string): string {
  const next = new Date(`${today}T00:00:00Z`);
  if (Number.isNaN(next.getTime())) return today;
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
