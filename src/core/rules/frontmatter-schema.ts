import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { findYamlRange } from '../load/parse-frontmatter.ts';
import { frontmatterSchema, metricsSchema } from '../model/frontmatter-schema.ts';
import { RELATION_TYPES } from '../model/vocabulary.ts';
import { report } from './report.ts';
import type { DocRule } from './rule.ts';

/**
 * `frontmatter-schema`: frontmatter that does not match the schema. Each issue
 * points at the YAML node of the offending key, nested keys included
 * (`metrics.tests.passed`), not just the top-level key.
 *
 * What it treats as a claim: a value written for statusdocs. Real repos keep
 * their own frontmatter (task trackers, static site generators, planning
 * tools), so a key statusdocs does not know is the team's own, not an error,
 * unless it is a near-miss of a statusdocs key (`stauts`); and a key that
 * statusdocs shares with such a schema but that holds a value of another
 * shape (`plan: 3`, a plan number; `metrics: { files_changed: 4 }`, a custom
 * number) is read as the team's meaning and left alone.
 */
export const frontmatterSchemaRule: DocRule = {
  id: 'frontmatter-schema',
  description: 'Frontmatter must match the statusdocs schema.',
  check({ source, index }) {
    const frontmatter = source.frontmatter;
    if (!frontmatter || frontmatter.data === undefined || frontmatter.data === null) return;
    if (typeof frontmatter.data !== 'object' || Array.isArray(frontmatter.data)) {
      report(source.file, 'frontmatter-schema', 'Frontmatter must be a mapping of keys to values', {
        offset: frontmatter.yamlOffset,
      });
      return;
    }
    const result = index.model.frontmatter.schema;
    if (!result || result.success) return;
    for (const issue of result.error.issues) {
      for (const path of issuePaths(issue)) {
        if (isOwnUse(issue, path, frontmatter.data as Record<string, unknown>)) continue;
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

/** Top-level keys of the schema, for near-miss spelling checks. */
const KNOWN_KEYS = Object.keys(frontmatterSchema.shape);
/** Relation keys: a value that cannot be a path (a number, a list where one path is meant) is the team's own use. */
const RELATION_KEYS = new Set<string>(RELATION_TYPES.filter((type) => type !== 'aliases'));
/** The metrics statusdocs defines; any other key under `metrics` is a custom one. */
const KNOWN_METRICS = new Set(Object.keys(metricsSchema.shape));

/**
 * Whether an issue is about a value written for another tool: an unknown
 * key that is no near-miss of ours, a relation key holding no path, or a
 * custom metric written as a plain value.
 */
function isOwnUse(
  issue: z.core.$ZodIssue,
  path: PropertyKey[],
  data: Record<string, unknown>,
): boolean {
  const [top, second] = path.map(String);
  if (top !== undefined && RELATION_KEYS.has(top)) {
    return issue.code === 'invalid_type' && typeof issue.input !== 'string';
  }
  if (top === 'metrics' && second !== undefined && !KNOWN_METRICS.has(second)) {
    // A custom metric is `{ value, … }`; a plain value or another structure is the team's.
    return !isMetricMapping(data, second);
  }
  if (top === 'metrics' && path.length === 2 && typeof issue.input !== 'object') {
    // `tasks: 2`, `coverage: 85`: a number in the team's own sense, not statusdocs' mapping.
    return issue.code === 'invalid_type';
  }
  if (issue.code === 'unrecognized_keys') {
    // Inside a statusdocs structure (`metrics.tests.pased`) every key is ours.
    return path.length === 1 && nearMiss(top ?? '') === undefined;
  }

  // A list or mapping where statusdocs wants one text (`owner: [a, b]`): the team's structure.
  return (
    path.length === 1 &&
    issue.code === 'invalid_type' &&
    issue.expected === 'string' &&
    typeof issue.input === 'object'
  );
}

/** Whether a custom metric is written as statusdocs' `{ value, … }` mapping (a number under `value`). */
function isMetricMapping(data: Record<string, unknown>, name: string): boolean {
  const metrics = data.metrics;
  if (typeof metrics !== 'object' || metrics === null) return false;
  const metric = (metrics as Record<string, unknown>)[name];
  return (
    typeof metric === 'object' &&
    metric !== null &&
    !Array.isArray(metric) &&
    Object.hasOwn(metric, 'value')
  );
}

/**
 * The statusdocs key `key` is most likely a misspelling of, if any: one
 * letter added, dropped or changed, two neighbours swapped (`stauts`), or
 * another letter case (`Status`). Wider edits name other words
 * (`created` is no `related`).
 */
function nearMiss(key: string): string | undefined {
  const lower = key.toLowerCase();
  if (lower.length < 4) return undefined;
  return KNOWN_KEYS.find(
    (known) => known !== key && (distance(known, lower) <= 1 || isSwap(known, lower)),
  );
}

/** Whether `a` and `b` differ only by two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  // Keys are compared letter by letter; frontmatter keys are ASCII words.
  const differ = Array.from({ length: a.length }, (_, index) => index).filter(
    (index) => a[index] !== b[index],
  );
  const [first, second] = differ;
  return (
    differ.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    a[first] === b[second] &&
    a[second] === b[first]
  );
}

function describeIssue(issue: z.core.$ZodIssue, path: PropertyKey[]): string {
  const key = path.map(String).join('.') || '(root)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return path.length === 1
        ? `Unknown frontmatter key \`${key}\`; did you mean \`${nearMiss(key) ?? ''}\`?`
        : `Unknown frontmatter key \`${key}\`; remove it or check its spelling`;
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
