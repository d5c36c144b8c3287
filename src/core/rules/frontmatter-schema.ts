import type { z } from 'zod';
import { findYamlRange } from '../load/parse-frontmatter.ts';
import { checkFrontmatterSchema } from '../model/read-frontmatter.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `frontmatter-schema`: frontmatter that does not match the schema. Each issue
 * points at the YAML node of the offending key, nested keys included
 * (`metrics.tests.passed`), not just the top-level key.
 */
export const frontmatterSchemaRule: DocRule = {
  id: 'frontmatter-schema',
  description: 'Frontmatter must match the statusdocs schema.',
  check({ source }) {
    const frontmatter = source.frontmatter;
    if (!frontmatter || frontmatter.data === undefined || frontmatter.data === null) return;
    if (typeof frontmatter.data !== 'object' || Array.isArray(frontmatter.data)) {
      report(source.file, 'frontmatter-schema', 'Frontmatter must be a mapping of keys to values', {
        offset: frontmatter.yamlOffset,
      });
      return;
    }
    const result = checkFrontmatterSchema(frontmatter.data);
    if (result.success) return;
    for (const issue of result.error.issues) {
      for (const path of issuePaths(issue)) {
        const range = findYamlRange(frontmatter.document, path);
        const offset = frontmatter.yamlOffset + (range?.[0] ?? 0);
        const endOffset = frontmatter.yamlOffset + (range?.[1] ?? 0);
        report(source.file, 'frontmatter-schema', describeIssue(issue, path), {
          offset,
          endOffset,
        });
      }
    }
  },
};

/** The key paths an issue is about: unrecognized keys get one path each. */
function issuePaths(issue: z.core.$ZodIssue): PropertyKey[][] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [...issue.path, key]);
  return [issue.path];
}

function describeIssue(issue: z.core.$ZodIssue, path: PropertyKey[]): string {
  const key = path.map(String).join('.') || '(root)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown frontmatter key \`${key}\`; remove it or check its spelling`;
    case 'invalid_type':
      return `Frontmatter \`${key}\` must be ${article(issue.expected)}, not ${describeInput(issue.input)}`;
    case 'invalid_value':
      return `Frontmatter \`${key}\` must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
    case 'too_small':
      return `Frontmatter \`${key}\` is too small: ${issue.message.replace(/^Too small: /, '')}`;
    default:
      return `Frontmatter \`${key}\` is invalid: ${issue.message}`;
  }
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping';
  return `a ${expected}`;
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'missing';
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `the text \`${input}\``;
  // JSON.stringify returns undefined for functions and symbols, despite its type.
  const json = JSON.stringify(input) as string | undefined;
  return `\`${json ?? typeof input}\``;
}
