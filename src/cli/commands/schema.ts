import { z } from 'zod';
import { frontmatterSchema } from '../../core/model/frontmatter-schema.ts';
import type { CliIo } from '../io.ts';

/** Help for `statusdocs schema`. */
export const SCHEMA_HELP = `Usage: statusdocs schema

Print the JSON Schema of statusdocs frontmatter, for editors. With the YAML
language server, add to a doc:  # yaml-language-server: $schema=./statusdocs.schema.json
`;

/** `statusdocs schema`: print the frontmatter JSON Schema. */
export function runSchema(io: CliIo): number {
  const schema = z.toJSONSchema(frontmatterSchema, { target: 'draft-2020-12' });
  const document = {
    $id: 'https://github.com/statusdocs/statusdocs/schema/frontmatter.json',
    title: 'statusdocs frontmatter',
    ...schema,
  };
  io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  return 0;
}
