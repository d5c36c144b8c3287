import type { SourceDoc } from '../load/source-doc.ts';
import { findYamlRange } from '../load/parse-frontmatter.ts';
import type { ValueSource } from './doc.ts';
import {
  customMetricSchema,
  frontmatterSchema,
  metricsSchema,
  type Frontmatter,
} from './frontmatter-schema.ts';
import { sourceAt, type Locator } from './locate.ts';

/** A doc's frontmatter, reduced to the fields that pass the schema. */
export interface ValidFrontmatter {
  data: Frontmatter;
  /** Where the key at `path` (`['metrics', 'completion']`) is, as a line and column in the file. */
  sourceOf: (path: readonly PropertyKey[]) => ValueSource;
}

/**
 * Read a doc's frontmatter, keeping only the fields that pass
 * `frontmatterSchema`, one by one: a bad `date` must not cost the doc its
 * valid `status`. The problems themselves are reported by the
 * `frontmatter-schema` rule, not here.
 */
export function readFrontmatter(source: SourceDoc, locate: Locator): ValidFrontmatter {
  const frontmatter = source.frontmatter;
  const sourceOf = (path: readonly PropertyKey[]): ValueSource => {
    if (!frontmatter) return { from: 'frontmatter' };
    const range = findYamlRange(frontmatter.document, path);
    return sourceAt(
      'frontmatter',
      locate,
      range ? frontmatter.yamlOffset + range[0] : frontmatter.yamlOffset,
    );
  };
  return { data: validFields(frontmatter?.data), sourceOf };
}

const checked = new WeakMap<object, ReturnType<typeof frontmatterSchema.safeParse>>();

/**
 * `frontmatterSchema` checked against a doc's frontmatter data, with the
 * input in its issues; once per data object, since the model and the
 * `frontmatter-schema` rule both need it. Read-only.
 */
export function checkFrontmatterSchema(
  data: object,
): ReturnType<typeof frontmatterSchema.safeParse> {
  let result = checked.get(data);
  if (!result) {
    result = frontmatterSchema.safeParse(data, { reportInput: true });
    checked.set(data, result);
  }
  return result;
}

function validFields(data: unknown): Frontmatter {
  if (!isRecord(data)) return {};
  const whole = checkFrontmatterSchema(data);
  if (whole.success) return whole.data;
  const shape: Record<string, { safeParse(value: unknown): { success: boolean } }> =
    frontmatterSchema.shape;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'metrics') {
      const metrics = validMetrics(value);
      if (metrics) kept[key] = metrics;
    } else if (Object.hasOwn(shape, key) && shape[key]?.safeParse(value).success) {
      kept[key] = value;
    }
  }
  // Each kept field passed on its own, so together they pass; parsing again gives the type.
  const reduced = frontmatterSchema.safeParse(kept);
  return reduced.success ? reduced.data : {};
}

function validMetrics(value: unknown): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const shape: Record<string, { safeParse(value: unknown): { success: boolean } }> =
    metricsSchema.shape;
  const kept = Object.fromEntries(
    Object.entries(value).filter(
      ([key, metric]) =>
        (Object.hasOwn(shape, key) ? shape[key] : customMetricSchema)?.safeParse(metric).success,
    ),
  );
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
