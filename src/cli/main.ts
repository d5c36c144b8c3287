import { ConfigError } from '../core/config/config-error.ts';
import { escapeControl } from '../core/encoding/escape-control.ts';
import { BUILD_HELP, runBuild } from './commands/build.ts';
import { CHANGELOG_HELP, runChangelog } from './commands/changelog.ts';
import { CHECK_HELP, runCheck } from './commands/check.ts';
import { FIX_HELP, runFix } from './commands/fix.ts';
import { GRAPH_HELP, runGraph } from './commands/graph.ts';
import { HISTORY_HELP, runHistory } from './commands/history.ts';
import { IMPORT_HELP, runImport } from './commands/import.ts';
import { INIT_HELP, runInit } from './commands/init.ts';
import { METRICS_HELP, runMetrics } from './commands/metrics.ts';
import { NEW_HELP, runNew } from './commands/new.ts';
import { SCHEMA_HELP, runSchema } from './commands/schema.ts';
import { SHOW_HELP, runShow } from './commands/show.ts';
import { describeParseArgsError, didYouMean } from './describe-usage-error.ts';
import { EXIT, UsageError, type CliIo } from './io.ts';
import { version } from './version.ts';

/** A CLI command: add one entry to {@link COMMANDS} to add a command. */
interface Command {
  /** `check [dir]`: the name and its arguments, for the command list. */
  usage: string;
  /** One line for the command list. */
  summary: string;
  /** The command's `--help`. */
  help: string;
  run: (args: string[], io: CliIo) => Promise<number> | number;
}

const COMMANDS: Record<string, Command> = {
  check: {
    usage: 'check [paths...]',
    summary: 'validate docs: metadata, numbers, links (exit 1 on errors)',
    help: CHECK_HELP,
    run: runCheck,
  },
  build: {
    usage: 'build [dir]',
    summary: 'build the status site into dist/ (exit 1 when findings reach --fail-on)',
    help: BUILD_HELP,
    run: runBuild,
  },
  changelog: {
    usage: 'changelog [dir]',
    summary: 'what changed in the docs between two versions (git tags, refs, periods)',
    help: CHANGELOG_HELP,
    run: runChangelog,
  },
  history: {
    usage: 'history <file>',
    summary: "one doc's revisions from git, with status and metric changes",
    help: HISTORY_HELP,
    run: runHistory,
  },
  show: {
    usage: 'show <file>',
    summary: 'what statusdocs understood of one doc, and from where',
    help: SHOW_HELP,
    run: runShow,
  },
  metrics: {
    usage: 'metrics [paths...]',
    summary: "every doc's metrics with where each was read, as CSV or JSON",
    help: METRICS_HELP,
    run: runMetrics,
  },
  fix: {
    usage: 'fix [paths...]',
    summary: 'apply the certain fixes of check (dry run unless --write)',
    help: FIX_HELP,
    run: runFix,
  },
  import: {
    usage: 'import <paths...>',
    summary: "lift legacy docs' metadata into frontmatter (dry run unless --write)",
    help: IMPORT_HELP,
    run: runImport,
  },
  new: {
    usage: 'new <kind> <title>',
    summary: 'create a doc from a template (status, report, plan, handoff, decision)',
    help: NEW_HELP,
    run: runNew,
  },
  init: {
    usage: 'init',
    summary: 'set up a repository: config, CI workflow (check, code scanning, Pages), .gitignore',
    help: INIT_HELP,
    run: runInit,
  },
  graph: {
    usage: 'graph [dir]',
    summary: 'the relation graph of the docs as JSON, Graphviz DOT or Mermaid',
    help: GRAPH_HELP,
    run: runGraph,
  },
  schema: {
    usage: 'schema',
    summary: 'JSON Schema of the frontmatter, for editors',
    help: SCHEMA_HELP,
    run: runSchema,
  },
};

function help(): string {
  const width = Math.max(...Object.values(COMMANDS).map((command) => command.usage.length));
  const list = Object.values(COMMANDS)
    .map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`)
    .join('\n');
  return `Usage: statusdocs <command> [options]

Check, cross-link and publish project status docs.

Commands:
${list}

Options:
  -h, --help       help for statusdocs or a command
  -v, --version    print the version

Run \`statusdocs <command> --help\` for a command's options.
`;
}

export { version };

/**
 * Run the CLI: argv (without node and script) to an exit code. Usage and
 * config errors print one line with a hint and return 2; content problems
 * are the reporters' business.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  try {
    if (!command) {
      throw new UsageError(
        `Unknown command \`${name}\`${didYouMean(name, Object.keys(COMMANDS))}`,
        'Run `statusdocs --help` for the commands',
      );
    }
    if (args.includes('--version') || args.includes('-v')) {
      io.stdout(`${version()}\n`);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`statusdocs: ${sentence(escapeControl(error.message))} ${error.hint}.\n`);
      return EXIT.usage;
    }
    if (isParseArgsError(error) && command) {
      const message = describeParseArgsError(error, command.help);
      io.stderr(`statusdocs: ${sentence(message)} Run \`statusdocs ${name} --help\`.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** A message as a sentence: a full stop unless it ends with a question mark. */
function sentence(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`;
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS')
  );
}
