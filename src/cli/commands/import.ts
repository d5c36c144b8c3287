import { parseArgs } from 'node:util';
import { planImport } from '../../core/import/plan-import.ts';
import { buildFileIndex } from '../../core/links/file-index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { CHANGE_ARGS, CHANGE_ARGS_HELP } from './change-files.ts';
import { checkAndChange } from './check-and-change.ts';

/** Help for `statusdocs import`. */
export const IMPORT_HELP = `Usage: statusdocs import <paths...> [options]

Bring legacy docs in (a folder, or files and globs): lift what statusdocs reads in each doc (title, kind,
status, dates, owner, relations; see \`statusdocs show\`) into frontmatter,
and repair mojibake (the whole file, code blocks included, when it was
decoded with the wrong code page) and links to docs that moved. Guesses are written as
YAML comments to confirm. Nothing else in a doc changes. A dry run by
default: prints a unified diff and what is left for a person.

Options:
  --write           apply the import (each file written atomically)
${CHANGE_ARGS_HELP}`;

/** `statusdocs import <dir>`: legacy docs to frontmatter. */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: CHANGE_ARGS,
  });
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    throw new UsageError(
      '`import` needs the legacy docs',
      'Run `statusdocs import <dir>`, or pass files and globs',
    );
  }
  return checkAndChange('import', { positionals, values, io }, (checked) => {
    const index = buildFileIndex(
      undefined,
      checked.files.map((file) => file.path),
    );
    const context = { root: checked.root, config: checked.config, today: checked.today, index };
    return (file) => planImport(file.source, file.messages, context);
  });
}
