import { HEADLINE_FIELDS, RELATION_TYPES } from '../model/vocabulary.ts';

/**
 * The order `import` writes frontmatter keys in: identity, then what the
 * doc is and where it stands, then its relations, then its numbers. Fixed,
 * so the same doc always gets the same block.
 */
export const FRONTMATTER_ORDER = [
  'id',
  ...HEADLINE_FIELDS,
  'tags',
  'summary',
  ...RELATION_TYPES,
  'metrics',
] as const;

/** A frontmatter key `import` may write. */
export type FrontmatterKey = (typeof FRONTMATTER_ORDER)[number];
