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
  /**
   * `frontmatterSchema` checked against the whole frontmatter mapping, with
   * the input in its issues (the `frontmatter-schema` rule reports them);
   * undefined when the frontmatter is no mapping.
   */
  schema: FrontmatterCheck | undefined;
}

/** The result of checking a frontmatter mapping against `frontmatterSchema`. */
export type FrontmatterCheck = ReturnType<typeof frontmatterSchema.safeParse>;

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
  const data: unknown = frontmatter?.data;
  const schema = isRecord(data)
    ? frontmatterSchema.safeParse(data, { reportInput: true })
    : undefined;
  return { data: validFields(data, schema), sourceOf, schema };
}

function validFields(data: unknown, whole: FrontmatterCheck | undefined): Frontmatter {
  if (!isRecord(data) || !whole) return {};
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
