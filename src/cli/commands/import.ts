import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkProject } from '../../core/check/check-project.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import { planImport } from '../../core/import/plan-import.ts';
import { buildFileIndex } from '../../core/links/file-index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import {
  assertFolder,
  CHANGE_ARGS,
  CHANGE_ARGS_HELP,
  changeFiles,
  type PlannedChange,
} from './change-files.ts';
import { toDisplayRoot, today } from './check.ts';

/** Help for `statusdocs import`. */
export const IMPORT_HELP = `Usage: statusdocs import <dir> [options]

Bring legacy docs in: lift what statusdocs reads in each doc (title, kind,
status, dates, owner, relations; see \`statusdocs show\`) into frontmatter,
and repair mojibake and links to docs that moved. Guesses are written as
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
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0) {
    throw new UsageError('`import` takes one directory', 'Run `statusdocs import <dir>`');
  }
  const { config } = await loadConfig(io.cwd, values.config);
  const root = path.resolve(io.cwd, dir);
  await assertFolder(root, 'import');
  const day = today(io);
  const { result, sources } = await checkProject(root, config, day);
  const index = buildFileIndex(
    undefined,
    sources.map((source) => source.path),
  );
  const changes: PlannedChange[] = result.files.map((file, at) => {
    const source = sources[at];
    if (source?.path !== file.path) throw new Error('checkProject returned docs out of order');
    return { source, ...planImport(source, file.messages, { root, config, today: day, index }) };
  });
  return changeFiles(
    changes,
    {
      root,
      displayRoot: toDisplayRoot(io.cwd, root),
      write: values.write,
      force: values.force,
      reencode: values.reencode,
      command: 'import',
    },
    io,
  );
}
