import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkProject } from '../../core/check/check-project.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import {
  collectMetricRows,
  formatMetricsCsv,
  formatMetricsJson,
} from '../../core/report/collect-metric-rows.ts';
import { displayPath } from '../../core/report/display-path.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { assertEveryTargetMatched, resolveTargets, targetScope } from '../resolve-targets.ts';
import { toDisplayRoot, today } from './check.ts';

/** Help for `statusdocs metrics`. */
export const METRICS_HELP = `Usage: statusdocs metrics [paths...] [options]

Every metric of every doc (completion, tests, coverage, tasks, custom), one
row each with where it was read (frontmatter, header, body, table and its
line), for spreadsheets and dashboards.

Options:
  --format <name>   csv (default) or json
  --config <file>   config file
  --no-cache        read every doc from scratch
  -h, --help        show this help

Exit codes: 0 done, 2 usage or config error.
`;

const FORMATS = ['csv', 'json'] as const;

/** `statusdocs metrics`: print every doc's metrics with their sources. */
export async function runMetrics(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      format: { type: 'string', default: 'csv' },
      config: { type: 'string' },
      cache: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(METRICS_HELP);
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== 'csv' && format !== 'json') {
    throw new UsageError(`Unknown format \`${format}\``, `Use one of: ${FORMATS.join(', ')}`);
  }
  const loaded = await loadConfig(io.cwd, values.config);
  const { config } = loaded;
  const targets = await resolveTargets(io.cwd, positionals, targetScope(loaded), 'metrics');
  const cacheDir = values.cache ? path.join(io.cwd, '.statusdocs', 'cache') : undefined;
  const { result } = await checkProject(targets.root, config, today(io), {
    ...(cacheDir ? { cacheDir } : {}),
  });
  assertEveryTargetMatched(
    targets,
    result.files.map((file) => file.path),
    'metrics',
  );
  const selects = targets.selects;
  const files = selects ? result.files.filter((file) => selects(file.path)) : result.files;
  const root = toDisplayRoot(io.cwd, targets.root);
  const rows = collectMetricRows(files, (file) => displayPath(file, root));
  io.stdout(format === 'csv' ? formatMetricsCsv(rows) : formatMetricsJson(rows));
  return EXIT.ok;
}
