/** Kinds of status doc (PRODUCT.md "Kinds"). */
export const DOC_KINDS = ['status', 'report', 'plan', 'handoff', 'decision', 'archive'] as const;
/** A doc kind. */
export type DocKind = (typeof DOC_KINDS)[number];

/** The normalized status vocabulary; the original text is kept beside it. */
export const DOC_STATUSES = [
  'planned',
  'active',
  'blocked',
  'done',
  'abandoned',
  'superseded',
  'archived',
] as const;
/** A normalized status. */
export type DocStatus = (typeof DOC_STATUSES)[number];

/** Typed relations between docs. */
export const RELATION_TYPES = [
  'plan',
  'supersedes',
  'superseded_by',
  'previous',
  'next',
  'related',
  'aliases',
] as const;
/** A relation type. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** The relation types a doc states about other docs: all but `aliases` (its own old paths). */
export const DOC_RELATION_TYPES = RELATION_TYPES.filter(
  (type): type is Exclude<RelationType, 'aliases'> => type !== 'aliases',
);

/**
 * What a doc is and where it stands, in the order readers look for it: the
 * fields `import` writes after the id and the site lists first.
 */
export const HEADLINE_FIELDS = ['title', 'kind', 'status', 'date', 'updated', 'owner'] as const;
