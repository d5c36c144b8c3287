import path from 'node:path';
import { loadConfig } from '../../core/config/load-config.ts';
import { formatHistoryText } from '../../core/history/format-history-text.ts';
import { escapeControl } from '../../core/encoding/escape-control.ts';
import { findDocLine, loadDocHistory } from '../../core/history/load-doc-history.ts';
import { readHistory } from '../../core/history/read-history.ts';
import { parseFileCommand } from './parse-file-command.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';

/** Help for `statusdocs history`. */
export const HISTORY_HELP = `Usage: statusdocs history <file> [options]

The revisions of one doc from git, following renames: date, commit, author,
and what changed (status, metric deltas, tasks completed).

Options:
  --format <name>   text (default) or json
  --config <file>   config file
  -h, --help        show this help
`;

/** `statusdocs history <file>`. */
export async function runHistory(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFileCommand('history', args);
  if (!parsed) {
    io.stdout(HISTORY_HELP);
    return EXIT.ok;
  }
  const { target } = parsed;
  const { config } = await loadConfig(io.cwd, parsed.config);
  const root = path.resolve(io.cwd, config.content);
  const relative = path.relative(root, path.resolve(io.cwd, target)).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UsageError(
      `\`${target}\` is outside the content root \`${config.content}\``,
      'Pass a doc under the content root, or set `content` in the config',
    );
  }
  const history = await readHistory(root, config);
  try {
    const line = findDocLine(history, relative);
    if (!line) {
      throw new UsageError(
        `\`${target}\` is not a doc, now or in history`,
        'Check the path; it is relative to the current folder',
      );
    }
    const view = await loadDocHistory(history, line);
    if (parsed.format === 'json') {
      io.stdout(`${JSON.stringify({ notes: history.notes, ...view }, null, 2)}\n`);
    } else {
      for (const note of history.notes) io.stderr(`statusdocs: note: ${escapeControl(note)}.\n`);
      io.stdout(formatHistoryText(view));
    }
    return EXIT.ok;
  } finally {
    await history.close();
  }
}
