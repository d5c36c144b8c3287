import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * A validator for the published SARIF 2.1.0 schema (rtm.5, the one the OASIS
 * standard ships), taken from @microsoft/jest-sarif. It is written as
 * draft-04: Ajv 8 reads it as draft-07 once the draft-04 `id` and `$schema`
 * keys are dropped, and the schema uses no keyword whose meaning changed
 * between them. Its `language` pattern has a stray `]` that only a
 * non-Unicode RegExp accepts, hence `unicodeRegExp: false`.
 */
export function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as AnySchemaObject;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
