import { parseArgs } from 'node:util';
import { collectFixes, FIXABLE_RULES } from '../../core/fix/collect-fixes.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { CHANGE_ARGS, CHANGE_ARGS_HELP } from './change-files.ts';
import { checkAndChange } from './check-and-change.ts';

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
  const rules = values.rule.length > 0 ? values.rule : FIXABLE_RULES;
  return checkAndChange(
    'fix',
    { positionals, values, io },
    () => (file) => collectFixes(file, rules),
  );
}
