import { parseArgs } from 'node:util';
import { z } from 'zod';
import { frontmatterSchema } from '../../core/model/frontmatter-schema.ts';
import { EXIT, type CliIo } from '../io.ts';

/** Help for `statusdocs schema`. */
export const SCHEMA_HELP = `Usage: statusdocs schema

Print the JSON Schema of statusdocs frontmatter, for editors. With the YAML
language server, add to a doc:  # yaml-language-server: $schema=./statusdocs.schema.json

Options:
  -h, --help    show this help
`;

/** `statusdocs schema`: print the frontmatter JSON Schema. */
export function runSchema(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(SCHEMA_HELP);
    return EXIT.ok;
  }
  const schema = z.toJSONSchema(frontmatterSchema, { target: 'draft-2020-12' });
  const document = {
    $id: 'https://github.com/statusdocs/statusdocs/schema/frontmatter.json',
    title: 'statusdocs frontmatter',
    ...schema,
  };
  io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  return EXIT.ok;
}
