import type { RefusedFix } from '../../core/fix/apply-fixes.ts';
import type { Fix } from '../../core/fix/fix.ts';
import type { PlannedChange } from './change-files.ts';

/** What happened to one doc, for the summary. */
export interface FileOutcome {
  change: PlannedChange;
  /** The text with the fixes applied. */
  text: string;
  applied: Fix[];
  refused: RefusedFix[];
  /** Whether the doc would change. */
  changed: boolean;
  /** Why a doc that would change was left alone (git, encoding). */
  held?: string;
  written?: boolean;
  /** Why writing failed. */
  failed?: string;
}

/**
 * The summary printed after the diffs: the docs that change and how, what
 * was left for a person (ambiguous repairs, guesses, refused and
 * conflicting fixes), and what to run next. Pure.
 */
export function formatChangeSummary(
  outcomes: readonly FileOutcome[],
  options: { write: boolean; command: string; display: (file: string) => string },
): string {
  const lines: string[] = [];
  const changing = outcomes.filter((outcome) => outcome.changed && !outcome.held);
  const done = changing.filter((outcome) => !options.write || outcome.written);
  const heading = options.write ? 'Changed' : 'Would change';
  if (done.length > 0) {
    lines.push(`${heading} ${count(done.length, 'doc')}:`);
    for (const outcome of done) {
      lines.push(`  ${options.display(outcome.change.source.path)}  ${describe(outcome)}`);
    }
  } else if (!outcomes.some((outcome) => outcome.changed)) {
    lines.push(`Nothing to do in ${count(outcomes.length, 'doc')}.`);
  }
  // Each link edit with its reason, so a dry run can be reviewed edit by edit.
  const edits = (options.write ? [] : done).flatMap((outcome) =>
    outcome.applied
      .filter((fix) => fix.ruleId !== 'frontmatter' && fix.ruleId !== 'mojibake')
      .map((fix) => {
        const file = options.display(outcome.change.source.path);
        return `  ${file}:${fix.line}:${fix.column}  ${fix.ruleId}  ${fix.reason}`;
      }),
  );
  if (edits.length > 0) lines.push(`Edits (${edits.length}):`, ...edits);
  const problems = outcomes.flatMap((outcome) => {
    const file = options.display(outcome.change.source.path);
    return [
      ...(outcome.failed ? [`  ${outcome.failed}`] : []),
      ...(outcome.changed && outcome.held ? [`  ${file}  ${outcome.held}`] : []),
    ];
  });
  if (problems.length > 0) lines.push(`Not changed (${problems.length}):`, ...problems);
  const notes = outcomes.flatMap((outcome) => {
    const file = options.display(outcome.change.source.path);
    return [
      ...outcome.refused.map(
        ({ fix, reason }) =>
          `  ${file}:${fix.line}:${fix.column}  ${fix.ruleId}  Fix not applied: ${reason}`,
      ),
      ...[...outcome.change.notes]
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .map((note) => `  ${file}:${note.line}:${note.column}  ${note.ruleId}  ${note.text}`),
    ];
  });
  if (notes.length > 0) lines.push(`Left for a person (${notes.length}):`, ...notes);
  if (!options.write && changing.length > 0) {
    lines.push('Dry run: nothing was written. Run again with `--write` to apply.');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `frontmatter (title, date; to confirm: kind), 3 mojibake, 1 missing-file`.
 * A file's mojibake is one fix with an edit per place: the places are counted.
 */
function describe(outcome: FileOutcome): string {
  const counts = new Map<string, number>();
  for (const fix of outcome.applied) {
    const n = fix.ruleId === 'mojibake' ? fix.edits.length : 1;
    counts.set(fix.ruleId, (counts.get(fix.ruleId) ?? 0) + n);
  }
  const parts = [...counts].map(([ruleId, n]) => {
    if (ruleId !== 'frontmatter') return `${n} ${ruleId}`;
    const { lifted = [], guesses = [] } = outcome.change;
    const confirm = guesses.length > 0 ? `; to confirm: ${guesses.join(', ')}` : '';
    return `frontmatter (${lifted.join(', ')}${confirm})`;
  });
  if (outcome.change.source.encoding !== 'utf-8') parts.push('re-encoded as UTF-8');
  return parts.join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
