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
import { assertEveryTargetMatched, resolveTargets, targetScope } from '../resolve-targets.ts';
import { toDisplayRoot, today } from './check.ts';

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
  const loaded = await loadConfig(io.cwd, values.config);
  const { config } = loaded;
  const targets = await resolveTargets(io.cwd, positionals, targetScope(loaded), 'import');
  const root = targets.root;
  await assertFolder(root, 'import');
  const day = today(io);
  const { result } = await checkProject(root, config, day);
  assertEveryTargetMatched(
    targets,
    result.files.map((file) => file.path),
    'import',
  );
  const index = buildFileIndex(
    undefined,
    result.files.map((file) => file.path),
  );
  const changes: PlannedChange[] = result.files.flatMap((file) => {
    if (targets.selects && !targets.selects(file.path)) return [];
    const plan = planImport(file.source, file.messages, { root, config, today: day, index });
    return [{ source: file.source, ...plan }];
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
