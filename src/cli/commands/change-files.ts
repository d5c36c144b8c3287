import { stat } from 'node:fs/promises';
import path from 'node:path';
import { applyFixes } from '../../core/fix/apply-fixes.ts';
import { encodeText } from '../../core/fix/encode-text.ts';
import type { Fix, Note } from '../../core/fix/fix.ts';
import { formatDiff } from '../../core/fix/format-diff.ts';
import { GitRefusedError, readGitChanges } from '../../core/fix/read-git-changes.ts';
import { WriteError, writeFileAtomic } from '../../core/fix/write-file-atomic.ts';
import type { LoadedDoc } from '../../core/load/source-doc.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { formatChangeSummary, type FileOutcome } from './format-change-summary.ts';

/** What a command wants done to one doc. */
export interface PlannedChange {
  source: LoadedDoc;
  fixes: Fix[];
  notes: Note[];
  /** Frontmatter keys written as values and as comments, for the summary (`import`). */
  lifted?: string[];
  guesses?: string[];
}

/** The `parseArgs` options `fix` and `import` share: dry run or write, and what to dare. */
export const CHANGE_ARGS = {
  write: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  reencode: { type: 'boolean', default: false },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Help lines of {@link CHANGE_ARGS} after `--write` (which each command words itself). */
export const CHANGE_ARGS_HELP = `  --force           also change docs with uncommitted changes in git
  --reencode        rewrite docs that are not UTF-8 as UTF-8
  --config <file>   config file
  -h, --help        show this help

Exit codes: 0 done (or dry run), 1 a doc could not be written, 2 usage or config error.
`;

/** How {@link changeFiles} runs. */
export interface ChangeOptions {
  /** Absolute content root. */
  root: string;
  /** The content root as the user sees it from cwd, with a trailing slash, or ''. */
  displayRoot: string;
  write: boolean;
  force: boolean;
  reencode: boolean;
  /** `fix` or `import`, for the hint to run again with `--write`. */
  command: string;
}

/**
 * The shell shared by `fix` and `import`: apply each doc's fixes in memory,
 * hold back docs git could not restore (uncommitted changes, one `git
 * status` for the whole tree) and docs that are not UTF-8, then print a
 * unified diff (dry run) or write each doc atomically (`--write`), and sum
 * up what changed and what is left for a person. One doc that cannot be
 * written never stops the others. Returns the exit code: 1 when `--write`
 * could not change a doc it should have, else 0.
 */
export async function changeFiles(
  changes: readonly PlannedChange[],
  options: ChangeOptions,
  io: CliIo,
): Promise<number> {
  const outcomes: FileOutcome[] = changes.map((change) => {
    const { text, applied, refused } = applyFixes(change.source.text, change.fixes);
    const notUtf8 = change.source.encoding !== 'utf-8';
    const changed = text !== change.source.text || (notUtf8 && options.reencode);
    const outcome: FileOutcome = { change, text, applied, refused, changed };
    if (changed && notUtf8 && !options.reencode) {
      outcome.held = `is not UTF-8; run again with \`--reencode\` to rewrite it as UTF-8`;
    }
    return outcome;
  });
  const pending = outcomes.filter((outcome) => outcome.changed && !outcome.held);
  if (pending.length > 0 && !options.force) {
    const dirty = await readGitChanges(options.root).catch((error: unknown) => {
      if (!(error instanceof GitRefusedError)) throw error;
      throw new UsageError(
        `Git refuses the repository of \`${options.displayRoot || '.'}\` (${error.message}), so uncommitted changes cannot be ruled out and nothing was changed`,
        'Run as the owner of the repository, or pass `--force` to change the docs anyway',
      );
    });
    for (const outcome of pending) {
      if (dirty?.has(outcome.change.source.path)) {
        outcome.held =
          'has uncommitted changes in git; commit or stash them first, or pass `--force`';
      }
    }
  }
  const display = (file: string) => `${options.displayRoot}${file}`;
  for (const outcome of outcomes) {
    if (!outcome.changed || outcome.held) continue;
    const { source } = outcome.change;
    if (!options.write) {
      io.stdout(formatDiff(display(source.path), source.text, outcome.text));
      continue;
    }
    const file = path.join(options.root, source.path);
    try {
      await writeFileAtomic(file, encodeText(outcome.text, source.bom));
      outcome.written = true;
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      outcome.failed = error.message.replace(`\`${file}\``, `\`${display(source.path)}\``);
    }
  }
  io.stdout(formatChangeSummary(outcomes, { ...options, display }));
  const stuck = outcomes.some((outcome) => outcome.failed || (outcome.changed && outcome.held));
  return options.write && stuck ? EXIT.problems : EXIT.ok;
}

/** Throw a usage error unless `dir` is a folder. */
export async function assertFolder(dir: string, command: string): Promise<void> {
  const stats = await stat(dir).catch(() => undefined);
  if (!stats?.isDirectory()) {
    throw new UsageError(
      `Cannot find directory \`${dir}\``,
      `Pass the folder of your status docs, e.g. \`statusdocs ${command} docs/status\``,
    );
  }
}
