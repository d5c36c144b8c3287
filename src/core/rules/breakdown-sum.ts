import { describesChange, describesGoal, inPastSection } from '../metrics/claim-context.ts';
import { sectionAt } from '../metrics/collect-sections.ts';
import { positionOf } from '../metrics/extract-text-claims.ts';
import { findBreakdowns } from '../metrics/find-breakdowns.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/** Words that make a line a plan or an estimate, not a count of what is. */
const ESTIMATE =
  /\b(?:estimat\w*|plann?\w*|projected|budget\w*|forecast\w*|proposed|will|would)\b/i;

/**
 * `breakdown-sum`: a count broken down into parts that do not add up to it,
 * in one line of prose (`12 tasks: 5 done, 4 in progress, 2 blocked`).
 * See `findBreakdowns` for what is read as a breakdown. Lines that describe a
 * change (`→`, `from … to`), a goal, a plan or an estimate, and lines in
 * history or follow-up sections, are not read.
 */
export const breakdownSum: DocRule = {
  id: 'breakdown-sum',
  description: 'The parts of a count broken down in one line must add up to it.',
  check({ source, index }) {
    const { sections, locate } = index;
    for (const line of index.lines) {
      if (!/\d/.test(line.text)) continue;
      const clean = line.text.replace(/[*_]/g, ' ');
      for (const breakdown of findBreakdowns(clean)) {
        const sum = breakdown.parts.reduce((acc, part) => acc + part.value, 0);
        // Categories may be listed in part (`14 issues (5 critical, 5 high)`); states may not.
        if (sum === breakdown.total || (sum < breakdown.total && !breakdown.states)) continue;
        if (describesChange(clean) || ESTIMATE.test(clean)) break;
        if (describesGoal(clean.slice(0, breakdown.start))) continue;
        if (inPastSection(sectionAt(sections, line.offset))) break;
        const written = clean
          .slice(breakdown.start, breakdown.end + 1)
          .replace(/\s+/g, ' ')
          .trim();
        const terms = breakdown.parts.map((part) => part.value).join(' + ');
        report(
          source.file,
          'breakdown-sum',
          `Parts \`${terms}\` add up to ${sum}, not the total \`${breakdown.total}\` in \`${written}\`; correct a part or the total`,
          positionOf(locate, line.offset + breakdown.start, line.offset + breakdown.end),
          { expected: [String(sum)], actual: String(breakdown.total) },
        );
      }
    }
  },
};
