import type { HeaderField, HeaderZone } from './parse-header-fields.ts';

/**
 * Header labels (normalized, see `normalizeKey`) for each field, best first.
 * Labels are matched whole: `**Next Steps**:` is not `**Next**:`.
 */
export const HEADER_KEYS = {
  date: ['date', 'report date', 'session date', 'created', 'date created'],
  updated: ['last updated', 'updated', 'last modified', 'last update', 'date updated'],
  status: ['status', 'current status', 'overall status'],
  owner: ['owner', 'author', 'authors', 'maintained by', 'maintainer', 'assignee'],
  completion: ['completion', 'overall completion', 'progress', 'overall progress'],
  tags: ['tags'],
  plan: ['related plan', 'plan', 'parent plan'],
  supersedes: ['supersedes', 'replaces'],
  superseded_by: ['superseded by', 'replaced by'],
  previous: ['previous', 'previous handoff', 'previous session', 'previous report'],
  next: ['next', 'next handoff', 'next report'],
  related: ['related', 'related docs', 'related documents', 'see also'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Labels that give a `date` only when their value parses: `**Generated**:`
 * often says by whom, not when, and flagging that as `date-invalid` would be
 * crying wolf.
 */
export const WEAK_DATE_KEYS: readonly string[] = ['generated', 'report generated'];

const ZONES: readonly HeaderZone[] = ['head', 'summary', 'foot'];

/** A header field name. */
export type HeaderFieldName = keyof typeof HEADER_KEYS;

/**
 * The header fields whose label is in `keys`: best label first, then by zone (head, summary, foot), then
 * document order.
 */
export function findHeaderFields(
  fields: readonly HeaderField[],
  keys: readonly string[],
): HeaderField[] {
  const zoneRank = (field: HeaderField) => ZONES.indexOf(field.zone);
  return fields
    .filter((field) => keys.includes(field.key))
    .sort(
      (a, b) =>
        keys.indexOf(a.key) - keys.indexOf(b.key) ||
        zoneRank(a) - zoneRank(b) ||
        a.offset - b.offset,
    );
}
