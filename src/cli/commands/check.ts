import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkProject } from '../../core/check/check-project.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import { FORMATS, formatResult, type Format } from '../../core/report/index.ts';
import { severityOf } from '../../core/rules/severity.ts';
import { EXIT, UsageError, useColor, type CliIo } from '../io.ts';

/** Help for `statusdocs check`. */
export const CHECK_HELP = `Usage: statusdocs check [dir] [options]

Check every status doc under dir (default: the configured content root).

Options:
  --format <name>       text (default), json, github, sarif
  --max-warnings <n>    exit 1 when there are more than n warnings
  --quiet               report errors only
  --config <file>       config file (default: statusdocs.config.{mjs,json}, package.json#statusdocs)
  --evidence <file>     a CI artifact to check metric claims against (JUnit XML,
                        LCOV, Cobertura, coverage JSON); repeatable. Default:
                        config \`evidence\`, else junit*.xml, coverage/lcov.info, …
  --external            also check http(s) links (network; settings under
                        \`external\` in the config)
  --no-cache            check every doc from scratch; without it, results of
                        unchanged docs are reused from .statusdocs/cache
                        (safe to delete)
  -h, --help            show this help

Exit codes: 0 no error-level problem, 1 problems, 2 usage or config error.
`;

/** `statusdocs check`: validate docs and print a report. Returns the exit code. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: { type: 'string', default: 'text' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      config: { type: 'string' },
      cache: { type: 'boolean', default: true },
      external: { type: 'boolean', default: false },
      evidence: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.ok;
  }
  const format = values.format;
  if (!isFormat(format)) {
    throw new UsageError(`Unknown format \`${format}\``, `Use one of: ${FORMATS.join(', ')}`);
  }
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  if (positionals.length > 1) {
    throw new UsageError('`check` takes one directory', 'Run `statusdocs check <dir>`');
  }
  const { config } = await loadConfig(io.cwd, values.config);
  const dir = path.resolve(io.cwd, positionals[0] ?? config.content);
  await assertDirectory(dir);

  const cacheDir = values.cache ? path.join(io.cwd, '.statusdocs', 'cache') : undefined;
  // Working external links are cached for `external.maxAge`; failures never are.
  const external = cacheDir ? { cacheFile: path.join(cacheDir, 'external.json') } : {};
  const { result, facts } = await checkProject(dir, config, today(io), {
    ...(cacheDir ? { cacheDir } : {}),
    ...(values.external ? { external } : {}),
    evidence: { cwd: io.cwd, files: values.evidence, globs: config.evidence ?? [] },
  });
  for (const problem of facts.evidence?.problems ?? []) {
    io.stderr(`statusdocs: ${problem.path}:${problem.line}:${problem.column}: ${problem.reason}\n`);
  }
  const displayRoot = toDisplayRoot(io.cwd, dir);
  const shown = values.quiet
    ? {
        ...result,
        files: result.files.map((file) => ({
          ...file,
          messages: file.messages.filter((message) => severityOf(message) === 'error'),
        })),
      }
    : result;
  io.stdout(formatResult(shown, format, { color: useColor(io), displayRoot, quiet: values.quiet }));

  const all = result.files.flatMap((file) => file.messages);
  const errors = all.filter((message) => severityOf(message) === 'error').length;
  const warnings = all.filter((message) => severityOf(message) === 'warning').length;
  if (errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    if (format === 'text') {
      io.stderr(`statusdocs: ${warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    }
    return EXIT.problems;
  }
  return EXIT.ok;
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new UsageError(
      `--max-warnings must be a whole number, not \`${value}\``,
      'Use e.g. --max-warnings 0',
    );
  }
  return number;
}

async function assertDirectory(dir: string): Promise<void> {
  const { stat } = await import('node:fs/promises');
  const stats = await stat(dir).catch(() => undefined);
  if (!stats?.isDirectory()) {
    throw new UsageError(
      `Cannot find directory \`${dir}\``,
      'Pass the folder of your status docs, e.g. `statusdocs check docs/status`',
    );
  }
}

/** The content root as the user sees it from cwd, with a trailing slash; '' for cwd itself. */
export function toDisplayRoot(cwd: string, dir: string): string {
  const relative = path.relative(cwd, dir).split(path.sep).join('/');
  if (relative === '') return '';
  return `${relative}/`;
}

/** Today's date; `STATUSDOCS_TODAY` pins it for reproducible runs. */
export function today(io: CliIo): string {
  const pinned = io.env.STATUSDOCS_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
