import { appendFile, readFile, stat } from 'node:fs/promises';
import { readBaseline, writeBaseline } from '../baseline-file.ts';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckResult } from '../../core/check/check-result.ts';
import { checkProject } from '../../core/check/check-project.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import {
  applyBaseline,
  buildBaseline,
  formatBaseline,
  formatJobSummary,
  FORMATS,
  formatResult,
  isFormat,
  reachesFailOn,
  summarize,
  type ReportOptions,
} from '../../core/report/index.ts';
import { severityOf } from '../../core/diagnostics/severity.ts';
import { EXIT, UsageError, useColor, type CliIo } from '../io.ts';
import { assertEveryTargetMatched, resolveTargets, targetScope } from '../resolve-targets.ts';

/** Help for `statusdocs check`. */
export const CHECK_HELP = `Usage: statusdocs check [paths...] [options]

Check status docs: every doc under the configured content root, or the
folders, files and globs given (\`statusdocs check docs/status/STATUS.md
'reports/**/*.md'\`; links and orphans are still judged across the root).

Options:
  --format <name>          text (default), compact, json, github, sarif
  --verbose                text and github: list every finding instead of
                           folding a rule that repeats in a file (--no-fold);
                           text: list infos too (default: counted in one line)
  -q, --quiet              report errors only
  --max-warnings <n>       exit 1 when there are more than n warnings
  --baseline <file>        report and fail only on findings not in the baseline
  --write-baseline <file>  record today's findings as the baseline, exit 0
  --config <file>          config file (default: statusdocs.config.{mjs,json}, package.json#statusdocs)
  --evidence <file>        a CI artifact to check metric claims against (JUnit XML,
                           LCOV, Cobertura, coverage JSON); repeatable. Default:
                           config \`evidence\`, else junit*.xml, coverage/lcov.info, …
  --external               also check http(s) links (network; settings under
                           \`external\` in the config)
  --no-cache               check every doc from scratch; without it, results of
                           unchanged docs are reused from .statusdocs/cache
                           (safe to delete)
  -h, --help               show this help

With --format github and \`GITHUB_STEP_SUMMARY\` set (GitHub Actions), a
Markdown summary of the findings is added to the job's page.

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
      quiet: { type: 'boolean', short: 'q', default: false },
      verbose: { type: 'boolean', default: false },
      fold: { type: 'boolean', default: true },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
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
  const loaded = await loadConfig(io.cwd, values.config);
  const { config } = loaded;
  const targets = await resolveTargets(io.cwd, positionals, targetScope(loaded), 'check');
  await assertDirectory(targets.root);
  const baseline = values.baseline ? await readBaseline(io.cwd, values.baseline) : undefined;

  const cacheDir = values.cache ? path.join(io.cwd, '.statusdocs', 'cache') : undefined;
  // Working external links are cached for `external.maxAge`; failures never are.
  const external = cacheDir ? { cacheFile: path.join(cacheDir, 'external.json') } : {};
  const checked = await checkProject(targets.root, config, today(io), {
    ...(cacheDir ? { cacheDir } : {}),
    ...(values.external ? { external } : {}),
    evidence: { cwd: io.cwd, files: values.evidence, globs: config.evidence ?? [] },
  });
  for (const problem of checked.facts.evidence?.problems ?? []) {
    io.stderr(`statusdocs: ${problem.path}:${problem.line}:${problem.column}: ${problem.reason}\n`);
  }
  assertEveryTargetMatched(
    targets,
    checked.result.files.map((file) => file.path),
    'check',
  );
  const selects = targets.selects;
  const selected: CheckResult = selects
    ? { ...checked.result, files: checked.result.files.filter((file) => selects(file.path)) }
    : checked.result;
  const displayRoot = toDisplayRoot(io.cwd, targets.root);
  if (values['write-baseline'] !== undefined) {
    const file = path.resolve(io.cwd, values['write-baseline']);
    const recorded = buildBaseline(selected, displayRoot);
    await writeBaseline(file, formatBaseline(recorded));
    const count = Object.values(recorded.files).reduce((sum, list) => sum + list.length, 0);
    io.stdout(`Recorded ${count} findings in \`${values['write-baseline']}\`\n`);
    return EXIT.ok;
  }
  const { result, suppressed } = baseline
    ? applyBaseline(selected, baseline, displayRoot)
    : { result: selected, suppressed: 0 };
  const shown = values.quiet ? errorsOnly(result) : result;
  const options: ReportOptions = {
    color: useColor(io),
    displayRoot,
    quiet: values.quiet,
    verbose: values.verbose || !values.fold,
    suppressed,
    toolVersion: await readVersion(),
    ...(io.columns ? { width: io.columns } : {}),
  };
  io.stdout(formatResult(shown, format, options));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) {
    await appendFile(summaryFile, formatJobSummary(shown, options));
  }

  const summary = summarize(result);
  if (!reachesFailOn(summary, 'error', maxWarnings)) return EXIT.ok;
  if (summary.errors === 0 && format === 'text') {
    io.stderr(`statusdocs: ${summary.warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
  }
  return EXIT.problems;
}

function errorsOnly(result: CheckResult): CheckResult {
  return {
    ...result,
    files: result.files.map((file) => ({
      ...file,
      messages: file.messages.filter((message) => severityOf(message) === 'error'),
    })),
  };
}

/** The statusdocs version, for SARIF's `tool.driver.version`. */
async function readVersion(): Promise<string | undefined> {
  const text = await readFile(new URL('../../../package.json', import.meta.url), 'utf8');
  const version = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : undefined;
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
