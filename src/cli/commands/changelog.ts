import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildChangelog, buildRangeRelease } from '../../core/changelog/build-changelog.ts';
import { formatChangelogJson } from '../../core/changelog/format-changelog-json.ts';
import { formatChangelogMarkdown } from '../../core/changelog/format-changelog-markdown.ts';
import type { Release } from '../../core/changelog/release.ts';
import { pickRange, releaseVersions } from '../../core/changelog/release-versions.ts';
import { writeChangelogFile } from '../../core/changelog/write-changelog-file.ts';
import { loadConfig } from '../../core/config/load-config.ts';
import { readHistory } from '../../core/history/read-history.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { escapeControl } from '../../core/encoding/escape-control.ts';

/** Help for `statusdocs changelog`. */
export const CHANGELOG_HELP = `Usage: statusdocs changelog [dir] [options]

What changed in the docs under dir (default: the configured content root)
between two versions: docs added, renamed, archived or superseded, removed;
status changes, metric deltas, tasks completed, and the docs' own dated
change-log entries. Versions are tags (\`versions.tags\`, default v*),
configured refs, periodic snapshots, and \`latest\` (the working tree).

Options:
  --from <version>   compare from this version or git revision (default: the one before --to)
  --to <version>     compare up to this version (default: the last one)
  --all              every release, newest first
  --format <name>    md (default) or json
  --write [file.md]  update file (default CHANGELOG.md) with every release, or
                     the --from/--to range; text outside statusdocs' markers is kept
  --config <file>    config file
  -h, --help         show this help
`;

/** `statusdocs changelog`. */
export async function runChangelog(args: string[], io: CliIo): Promise<number> {
  const { rest, write } = takeWrite(args);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      all: { type: 'boolean', default: false },
      format: { type: 'string', default: 'md' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(CHANGELOG_HELP);
    return EXIT.ok;
  }
  if (values.format !== 'md' && values.format !== 'json') {
    throw new UsageError(`Unknown format \`${values.format}\``, 'Use md or json');
  }
  if (write !== undefined && values.format !== 'md') {
    throw new UsageError('`--write` writes Markdown', 'Drop `--format json` or `--write`');
  }
  if (positionals.length > 1) {
    throw new UsageError('`changelog` takes one directory', 'Run `statusdocs changelog <dir>`');
  }
  const { config } = await loadConfig(io.cwd, values.config);
  const dir = path.resolve(io.cwd, positionals[0] ?? config.content);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    throw new UsageError(`Cannot find directory \`${dir}\``, 'Pass the folder of your status docs');
  }
  const asked = [values.from, values.to].filter((ref) => ref !== undefined);
  const history = await readHistory(dir, config, { refs: asked });
  try {
    let releases: Release[];
    const ranged = values.from !== undefined || values.to !== undefined;
    if (values.all || (write !== undefined && !ranged)) {
      releases = await buildChangelog(history);
    } else {
      const range = pickRange(history.versions, values.from, values.to);
      if (typeof range === 'string') {
        const names = releaseVersions(history.versions).map((version) => version.name);
        throw new UsageError(range, `Use one of: ${names.join(', ') || 'none (no versions yet)'}`);
      }
      releases = [await buildRangeRelease(history, range)];
    }
    if (values.format === 'json') {
      io.stdout(formatChangelogJson(releases, history.notes));
      return EXIT.ok;
    }
    for (const note of history.notes) io.stderr(`statusdocs: note: ${escapeControl(note)}.\n`);
    if (write === undefined) {
      io.stdout(formatChangelogMarkdown(releases));
      return EXIT.ok;
    }
    const file = path.resolve(io.cwd, write);
    const changed = await writeChangelogFile(file, releases);
    const shown = path.relative(io.cwd, file) || file;
    io.stdout(changed ? `Updated \`${shown}\`.\n` : `\`${shown}\` is up to date.\n`);
    return EXIT.ok;
  } finally {
    await history.close();
  }
}

/** `--write`, `--write FILE` and `--write=FILE`: parseArgs has no optional values. */
function takeWrite(args: readonly string[]): { rest: string[]; write: string | undefined } {
  const rest: string[] = [];
  let write: string | undefined;
  for (let at = 0; at < args.length; at++) {
    const arg = args[at] ?? '';
    if (arg.startsWith('--write=')) {
      write = arg.slice('--write='.length) || 'CHANGELOG.md';
    } else if (arg === '--write') {
      const next = args[at + 1];
      const takesNext =
        next !== undefined && !next.startsWith('-') && /\.(md|markdown)$/i.test(next);
      write = takesNext ? next : 'CHANGELOG.md';
      if (takesNext) at++;
    } else {
      rest.push(arg);
    }
  }
  return { rest, write };
}
