import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDocs } from '../../core/check/check-docs.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import { parseSourceDoc } from '../../core/load/parse-source-doc.ts';
import { findRepoRoot } from '../../core/load/repo-prefix.ts';
import { formatDocText } from '../../core/report/format-doc-text.ts';
import { serializeDoc } from '../../core/report/serialize-doc.ts';
import { parseFileCommand } from './parse-file-command.ts';
import { EXIT, UsageError, useColor, type CliIo } from '../io.ts';
import { today } from './check.ts';

/** Help for `statusdocs show`. */
export const SHOW_HELP = `Usage: statusdocs show <file> [options]

Show what statusdocs understood of one doc: title, kind, status, dates,
metrics and relations, and where each value came from.

Options:
  --format <name>   text (default) or json
  --config <file>   config file
  -h, --help        show this help
`;

/** `statusdocs show <file>`. */
export async function runShow(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFileCommand('show', args);
  if (!parsed) {
    io.stdout(SHOW_HELP);
    return EXIT.ok;
  }
  const { target } = parsed;
  const { config } = await loadConfig(io.cwd, parsed.config);
  const absolute = path.resolve(io.cwd, target);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch {
    throw new UsageError(`Cannot read \`${target}\``, 'Check the path');
  }
  // Paths (and so ids) are relative to the content root when the file is in
  // it, else to its repository, so folders such as `archive/` still count.
  const contentRoot = path.resolve(io.cwd, config.content);
  const inRoot = !path.relative(contentRoot, absolute).startsWith('..');
  const root = inRoot
    ? contentRoot
    : (findRepoRoot(path.dirname(absolute)) ?? path.dirname(absolute));
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  const source = parseSourceDoc(relative, bytes, root, config.limits);
  const [file] = checkDocs([source], { root, config, today: today(io) }).files;
  if (!file) return EXIT.problems;

  if (parsed.format === 'json') {
    io.stdout(`${JSON.stringify(serializeDoc(file.doc, { sources: true }), null, 2)}\n`);
  } else {
    io.stdout(formatDocText(file, { color: useColor(io), displayPath: target }));
  }
  return EXIT.ok;
}
