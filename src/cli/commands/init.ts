import path from 'node:path';
import { parseArgs } from 'node:util';
import { WriteError } from '../../core/fix/write-file-atomic.ts';
import { writeNewFile } from '../../core/fix/write-new-file.ts';
import { initFiles } from '../../core/templates/init-files.ts';
import { EXIT, type CliIo } from '../io.ts';

/** Help for `statusdocs init`. */
export const INIT_HELP = `Usage: statusdocs init [options]

Set up a repository: write a commented statusdocs.config.mjs and a GitHub
Actions workflow (.github/workflows/statusdocs.yml) that runs
\`statusdocs check --format github\` on every push and pull request.
Existing files are never overwritten.

Options:
  --content <dir>   the content root to write into the config (default: content)
  -h, --help        show this help

Exit codes: 0 all files written, 1 a file existed and was kept.
`;

/** `statusdocs init`: write a config and a CI workflow. */
export async function runInit(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT.ok;
  }
  let kept = 0;
  for (const file of initFiles(values.content)) {
    try {
      await writeNewFile(path.join(io.cwd, file.path), new TextEncoder().encode(file.text));
      io.stdout(`Created ${file.path}\n`);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      kept++;
      io.stderr(
        error.code === 'EEXIST'
          ? `statusdocs: Kept \`${file.path}\`: it already exists; delete it to write it anew.\n`
          : `statusdocs: ${error.message}.\n`,
      );
    }
  }
  return kept > 0 ? EXIT.problems : EXIT.ok;
}
