import { parseArgs } from 'node:util';
import { UsageError } from '../io.ts';

/** The arguments of a command about one file (`show`, `history`). */
export interface FileCommandArgs {
  format: 'text' | 'json';
  config: string | undefined;
  /** The file, as the user typed it. */
  target: string;
}

/**
 * Parse `<command> <file> [--format text|json] [--config FILE] [--help]`.
 * Returns undefined when help was asked for.
 */
export function parseFileCommand(command: string, args: string[]): FileCommandArgs | undefined {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`Unknown format \`${values.format}\``, 'Use text or json');
  }
  const [target, ...extra] = positionals;
  if (!target || extra.length > 0) {
    throw new UsageError(`\`${command}\` takes one file`, `Run \`statusdocs ${command} <file>\``);
  }
  return { format: values.format, config: values.config, target };
}
