import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSet, createDocChecker } from '../../core/check/check-docs.ts';
import { readFacts } from '../../core/check/check-project.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import { buildDocGraph } from '../../core/graph/build-doc-graph.ts';
import type { DocGraph } from '../../core/graph/doc-graph.ts';
import { formatGraphDot } from '../../core/graph/format-graph-dot.ts';
import { formatGraphJson } from '../../core/graph/format-graph-json.ts';
import { formatGraphMermaid } from '../../core/graph/format-graph-mermaid.ts';
import { readDocs } from '../../core/load/read-docs.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { today } from './check.ts';

const FORMATTERS: Record<string, (graph: DocGraph) => string> = {
  json: formatGraphJson,
  dot: formatGraphDot,
  mermaid: formatGraphMermaid,
};

/** Help for `statusdocs graph`. */
export const GRAPH_HELP = `Usage: statusdocs graph [dir] [options]

Print the relation graph of the docs under dir (default: the configured
content root): plans, supersedes / superseded by, handoff previous / next,
related docs and plain links.

Options:
  --format <name>   json (default: nodes, edges, backlinks, orphans, chains),
                    dot (Graphviz) or mermaid
  --config <file>   config file
  -h, --help        show this help
`;

/** `statusdocs graph`: print the relation graph. Returns the exit code. */
export async function runGraph(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(GRAPH_HELP);
    return EXIT.ok;
  }
  const format = FORMATTERS[values.format];
  if (!format) {
    throw new UsageError(`Unknown format \`${values.format}\``, 'Use json, dot or mermaid');
  }
  if (positionals.length > 1) {
    throw new UsageError('`graph` takes one directory', 'Run `statusdocs graph <dir>`');
  }
  const { config } = await loadConfig(io.cwd, values.config);
  const root = path.resolve(io.cwd, positionals[0] ?? config.content);
  const stats = await stat(root).catch(() => undefined);
  if (!stats?.isDirectory()) {
    throw new UsageError(
      `Cannot find directory \`${root}\``,
      'Pass the folder of your status docs, e.g. `statusdocs graph docs/status`',
    );
  }
  const [sources, facts] = await Promise.all([
    readDocs(root, { include: config.include, exclude: config.exclude, limits: config.limits }),
    readFacts(root),
  ]);
  // No rules: only the docs' metadata, with the config's kinds applied.
  const checkDoc = createDocChecker({ config, today: today(io), rules: [] });
  const { graph } = checkSet(sources.map(checkDoc), {
    root,
    config,
    today: today(io),
    facts,
    setRules: [],
  });
  io.stdout(format(buildDocGraph(graph)));
  return EXIT.ok;
}
