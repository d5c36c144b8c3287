import type { HeaderField, HeaderZone } from './parse-header-fields.ts';

// Labels in Portuguese, Spanish, German and French, whose dates are
// written day first (`12/05/2025` is 12 May); see DAY_FIRST_KEYS.
const DAY_FIRST_DATE_KEYS = [
  'data',
  'data de conclusão',
  'data de criação',
  'data do relatório',
  'data início',
  'data de início',
  'fecha',
  'fecha de inicio',
  'fecha de creación',
  'datum',
  'erstellt',
  'erstellt am',
  'erfasst',
  'erfasst am',
  'date de création',
] as const;
const DAY_FIRST_UPDATED_KEYS = [
  'última atualização',
  'atualizado em',
  'última actualización',
  'actualizado',
  'zuletzt aktualisiert',
  'aktualisiert',
  'dernière mise à jour',
  'mis à jour',
] as const;
const DAY_FIRST_WEAK_KEYS = ['gerado', 'generado', 'stand'] as const;

/**
 * Header labels (normalized, see `normalizeKey`) for each field, best first.
 * Labels are matched whole: `**Next Steps**:` is not `**Next**:`.
 */
export const HEADER_KEYS = {
  date: [
    'date',
    'report date',
    'session date',
    'analysis date',
    'audit date',
    'review date',
    'reviewed',
    'reviewed on',
    'verified',
    'verified on',
    'start date',
    'date started',
    'verification date',
    'implementation date',
    'completion date',
    'date completed',
    'created',
    'date created',
    'created on',
    'creation date',
    'snapshot date',
    'timestamp',
    'fixed at',
    ...DAY_FIRST_DATE_KEYS,
    // Chinese.
    '日期',
    '创建日期',
    '报告日期',
    '评审日期',
    '审计日期',
    '完成日期',
    '生效日期',
  ],
  updated: [
    'last updated',
    'updated',
    'last modified',
    'last update',
    'date updated',
    ...DAY_FIRST_UPDATED_KEYS,
    '更新日期',
    '最后更新',
  ],
  status: [
    'status',
    'current status',
    'overall status',
    'session status',
    'project status',
    'final status',
    'status final',
    'estado',
    'situação',
    'zustand',
    'statut',
    '状态',
    '当前状态',
  ],
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
export const WEAK_DATE_KEYS: readonly string[] = [
  'generated',
  'report generated',
  'session',
  'archived on',
  'archived',
  ...DAY_FIRST_WEAK_KEYS,
];

/**
 * Labels in other languages: their `12/05/2025` is day first, as those
 * languages write it.
 */
export const DAY_FIRST_KEYS: ReadonlySet<string> = new Set([
  ...DAY_FIRST_DATE_KEYS,
  ...DAY_FIRST_UPDATED_KEYS,
  ...DAY_FIRST_WEAK_KEYS,
]);

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
