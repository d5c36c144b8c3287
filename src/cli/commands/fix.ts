import { parseArgs } from 'node:util';
import { checkProject } from '../../core/check/check-project.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import { collectFixes, FIXABLE_RULES } from '../../core/fix/collect-fixes.ts';
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

/** Help for `statusdocs fix`. */
export const FIX_HELP = `Usage: statusdocs fix [paths...] [options]

Apply the certain fixes of \`check\` to the docs under the content root, or
to the folders, files and globs given: mojibake repairs (the whole file,
code blocks included, when it was decoded with the wrong code page), links
to docs that moved, missing reciprocal relations. A dry run by default: prints a unified
diff and what is left for a person. Docs with uncommitted changes in git
are left alone.

Options:
  --write           apply the fixes (each file written atomically)
  --rule <id>       only this rule's fixes; repeat for more (${FIXABLE_RULES.join(', ')})
${CHANGE_ARGS_HELP}`;

/** `statusdocs fix`: apply the certain fixes of `check`. */
export async function runFix(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...CHANGE_ARGS, rule: { type: 'string', multiple: true, default: [] } },
  });
  if (values.help) {
    io.stdout(FIX_HELP);
    return EXIT.ok;
  }
  for (const rule of values.rule) {
    if (!FIXABLE_RULES.includes(rule)) {
      throw new UsageError(
        `Rule \`${rule}\` offers no fixes`,
        `Use --rule with one of: ${FIXABLE_RULES.join(', ')}`,
      );
    }
  }
  const loaded = await loadConfig(io.cwd, values.config);
  const { config } = loaded;
  const targets = await resolveTargets(io.cwd, positionals, targetScope(loaded), 'fix');
  const root = targets.root;
  await assertFolder(root, 'fix');
  const { result } = await checkProject(root, config, today(io));
  assertEveryTargetMatched(
    targets,
    result.files.map((file) => file.path),
    'fix',
  );
  const rules = values.rule.length > 0 ? values.rule : FIXABLE_RULES;
  const changes: PlannedChange[] = result.files.flatMap((file) => {
    if (targets.selects && !targets.selects(file.path)) return [];
    return [{ source: file.source, ...collectFixes(file, rules) }];
  });
  return changeFiles(
    changes,
    {
      root,
      displayRoot: toDisplayRoot(io.cwd, root),
      write: values.write,
      force: values.force,
      reencode: values.reencode,
      command: 'fix',
    },
    io,
  );
}
