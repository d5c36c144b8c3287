import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../core/config/load-config.ts';
import { WriteError } from '../../core/fix/write-file-atomic.ts';
import { writeNewFile } from '../../core/fix/write-new-file.ts';
import { TEMPLATE_KINDS, type TemplateKind } from '../../core/templates/doc-templates.ts';
import { renderDocTemplate } from '../../core/templates/render-doc-template.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { today } from './check.ts';

/** Help for `statusdocs new`. */
export const NEW_HELP = `Usage: statusdocs new <kind> <title> [options]

Create a doc from a template: ${TEMPLATE_KINDS.join(', ')}. Each template
shows the frontmatter fields of its kind. Reports and handoffs are named
after the date and the title (2025-12-14-sprint-14.md), others after the
title. An existing file is never overwritten.

Options:
  --dir <dir>       where to create it (default: the configured content root)
  --config <file>   config file
  -h, --help        show this help
`;

/** `statusdocs new <kind> <title>`: scaffold a doc. */
export async function runNew(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(NEW_HELP);
    return EXIT.ok;
  }
  const [kind, title, ...extra] = positionals;
  if (kind === undefined || title === undefined || extra.length > 0) {
    throw new UsageError(
      '`new` takes a kind and a title',
      'Run e.g. `statusdocs new report "Sprint 14"` (quote a title with spaces)',
    );
  }
  if (!isTemplateKind(kind)) {
    throw new UsageError(`Unknown kind \`${kind}\``, `Use one of: ${TEMPLATE_KINDS.join(', ')}`);
  }
  const doc = renderDocTemplate(kind, title.trim(), today(io));
  if (!doc) {
    throw new UsageError(
      `Cannot name a file after the title \`${title}\``,
      'Use a title with letters or digits',
    );
  }
  const dir = values.dir ?? (await loadConfig(io.cwd, values.config)).config.content;
  const file = path.resolve(io.cwd, dir, doc.fileName);
  const shown = path.relative(io.cwd, file).split(path.sep).join('/');
  try {
    await writeNewFile(file, new TextEncoder().encode(doc.text));
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw new UsageError(
      error.message.replace(`\`${file}\``, `\`${shown}\``),
      'Pick another title, or edit the existing doc',
    );
  }
  io.stdout(`Created ${shown}\n`);
  return EXIT.ok;
}

function isTemplateKind(value: string): value is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(value);
}
