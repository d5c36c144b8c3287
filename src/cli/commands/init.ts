import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectContentRoot } from '../../core/config/detect-content-root.ts';
import { gitText } from '../../core/io/git-process.ts';
import { WriteError, writeFileAtomic } from '../../core/fix/write-file-atomic.ts';
import { writeNewFile } from '../../core/fix/write-new-file.ts';
import { addGitignoreLines } from '../../core/templates/add-gitignore-lines.ts';
import { GITIGNORE_LINES, initFiles, type InitPlan } from '../../core/templates/init-files.ts';
import { EXIT, type CliIo } from '../io.ts';
import { version } from '../version.ts';

/** Help for `statusdocs init`. */
export const INIT_HELP = `Usage: statusdocs init [options]

Set up a repository: write a commented statusdocs.config.mjs naming the
folder of the status docs (content/, else docs/, else the repository root),
a GitHub Actions workflow (.github/workflows/statusdocs.yml) that checks
them on every push and pull request (annotations and code scanning), and
publishes the site to GitHub Pages from the default branch; and add
.statusdocs/ and /site/ to .gitignore. Existing files are never
overwritten; running it again changes nothing.

Options:
  --content <dir>   the content root to write into the config (default: found as above)
  --no-pages        leave out the GitHub Pages job
  -h, --help        show this help

Exit codes: 0 all files written or already as init writes them, 1 a different file existed and was kept.
`;

/** `statusdocs init`: write a config and a CI workflow, and ignore the cache. */
export async function runInit(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string' },
      pages: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowNegative: true,
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT.ok;
  }
  const plan = await planInit(io.cwd, values.content, values.pages);
  let kept = 0;
  for (const file of initFiles(plan)) {
    const target = path.join(io.cwd, file.path);
    try {
      await writeNewFile(target, new TextEncoder().encode(file.text));
      io.stdout(`Created ${file.path}\n`);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      if (error.code === 'EEXIST' && (await readText(target)) === file.text) continue;
      kept++;
      io.stderr(
        error.code === 'EEXIST'
          ? `statusdocs: Kept \`${file.path}\`: it already exists; delete it to write it anew.\n`
          : `statusdocs: ${error.message}.\n`,
      );
    }
  }
  const ignore = path.join(io.cwd, '.gitignore');
  const existing = await readText(ignore);
  const ignored = addGitignoreLines(existing ?? '', GITIGNORE_LINES);
  if (ignored !== undefined) {
    const bytes = new TextEncoder().encode(ignored);
    try {
      await (existing === undefined ? writeNewFile(ignore, bytes) : writeFileAtomic(ignore, bytes));
      io.stdout(`${existing === undefined ? 'Created' : 'Updated'} .gitignore\n`);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      kept++;
      io.stderr(`statusdocs: ${error.message}.\n`);
    }
  }
  return kept > 0 ? EXIT.problems : EXIT.ok;
}

/** What the repository holds that the files depend on. */
async function planInit(
  cwd: string,
  content: string | undefined,
  pages: boolean,
): Promise<InitPlan> {
  const detected = content === undefined ? await detectContentRoot(cwd) : undefined;
  const pkg = await readText(path.join(cwd, 'package.json'));
  const manifest = pkg === undefined ? {} : (safeJson(pkg) as Record<string, unknown>);
  const listed = ['dependencies', 'devDependencies'].some((field) => {
    const deps = manifest[field];
    return typeof deps === 'object' && deps !== null && 'statusdocs' in deps;
  });
  const lock = await readText(path.join(cwd, 'package-lock.json'));
  return {
    content: content ?? detected?.content ?? 'content',
    exclude: detected?.exclude ?? [],
    branch: await defaultBranch(cwd),
    locked: listed && lock !== undefined,
    pages,
    version: `^${version()}`,
  };
}

/** The branch pushes deploy from: origin's default, else the current one, else `main`. */
async function defaultBranch(cwd: string): Promise<string> {
  for (const query of [
    ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'],
    ['symbolic-ref', '--short', 'HEAD'],
  ]) {
    const name = ((await gitText(cwd, query)) ?? '').trim().replace(/^origin\//, '');
    if (/^[\w./-]+$/.test(name)) return name;
  }
  return 'main';
}

async function readText(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

function safeJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}
