import type { DocStatus } from './vocabulary.ts';

/**
 * Status words as real docs write them, in English, Portuguese, Spanish,
 * German, French and Chinese, most cautious first: when a status line says
 * both "complete" and "blockers" (or "85% complete"), the doc is not done.
 * Negations and partial statements come before the words they qualify.
 * Phrases are written with single spaces; any run of spaces, `_` or `-`
 * matches one.
 */
const WORDS: readonly [DocStatus, readonly string[]][] = [
  [
    'planned',
    ['not started', 'not yet started', 'nicht begonnen', 'não iniciad[oa]', 'no iniciad[oa]'],
  ],
  [
    'active',
    [
      'not (?:yet )?(?:complete[d]?|done|finished)',
      'incomplete',
      'unfinished',
      // A part or a percent below 100 of the whole is progress, not done.
      '(?:phases?|phasen|stages?|steps?|parts?|fases?|etapas?) [\\d.]+(?:\\s?[-–&,/]\\s?[\\d.]+)*(?: \\w+)? (?:complete[d]?|done|conclu[íi]d[ao]s?|abgeschlossen)',
      '(?:[1-9]?\\d(?:\\.\\d+)?|~\\s?\\d+)\\s?% (?:complete[d]?|done|conclu[íi]d[ao]|fertig|completad[oa])',
      'substantially complete',
      'mostly (?:complete|done)',
    ],
  ],
  ['superseded', ['superseded', 'replaced', 'obsolete', 'substituíd[oa]', 'ersetzt', 'remplacé']],
  ['archived', ['archived', 'arquivad[oa]', 'archivad[oa]', 'archiviert', 'archivé']],
  [
    'abandoned',
    [
      'abandoned',
      'cancell?ed',
      "won'?t (?:do|fix)",
      'dropped',
      'rejected',
      'discontinued',
      'cancelad[oa]',
      'abandonad[oa]',
      'abgebrochen',
      'verworfen',
      'abgelehnt',
      'annulé',
      'abandonné',
    ],
  ],
  [
    'blocked',
    [
      'blocked',
      'blockers?',
      'blocking',
      // `0 failed` is a clean run, not a failure.
      '(?<!\\b0 )(?:failing|failed)',
      'stuck',
      'on hold',
      'paused',
      'bloquead[oa]',
      'pausad[oa]',
      'blockiert',
      'pausiert',
      'bloqué',
      'en pause',
    ],
  ],
  [
    'active',
    [
      'in progress',
      'ongoing',
      'wip',
      'partial(?:ly)?',
      'active',
      // `fixed and working` is done.
      '(?<!and )working',
      'underway',
      'in review',
      'under review',
      'started',
      'investigating',
      'diagnosed',
      'diagnosticad[oa]',
      'diagnostiziert',
      'diagnostiqué',
      'em andamento',
      'em progresso',
      'em desenvolvimento',
      'parcial',
      'en progreso',
      'en curso',
      'en desarrollo',
      'in arbeit',
      'in bearbeitung',
      'teilweise',
      'en cours',
    ],
  ],
  [
    'planned',
    [
      'planned',
      'planning',
      'todo',
      'to do',
      'pending',
      'proposed',
      'proposal',
      'draft',
      'backlog',
      'scheduled',
      'upcoming',
      'design approved',
      'ready (?:for|to) (?:start|implementation|phase|development)',
      'pendente',
      'planejad[oa]',
      'rascunho',
      'pendiente',
      'planificad[oa]',
      'borrador',
      'geplant',
      'offen',
      'entwurf',
      'en attente',
      'planifié',
      'brouillon',
    ],
  ],
  [
    'done',
    [
      'complete[d]?',
      'done',
      'resolved',
      'finished',
      'shipped',
      'delivered',
      'fixed',
      'merged',
      'closed',
      'handed over',
      'accepted',
      'implemented',
      'verified',
      'approved',
      'production ready',
      'all criteria met',
      'conclu[íi]d[ao]',
      'complet[oa]',
      'finalizad[oa]',
      'implementad[oa]',
      'aprovad[oa]',
      'resolvid[oa]',
      'completad[oa]',
      'terminad[oa]',
      'resuelt[oa]',
      'aprobad[oa]',
      'abgeschlossen',
      'erledigt',
      'fertig',
      'komplett',
      'implementiert',
      'behoben',
      'terminée?',
      'achevée?',
      'résolue?',
    ],
  ],
];

/** Chinese has no spaces between words, so these match anywhere in the text. */
const CJK: readonly [DocStatus, readonly string[]][] = [
  ['planned', ['未开始', '待开始', '待执行', '待办', '计划中', '待实施']],
  ['active', ['部分完成', '进行中', '实施中', '开发中', '评审中', '审核中']],
  ['abandoned', ['已取消', '已废弃']],
  ['superseded', ['已替代', '已被替代']],
  ['blocked', ['阻塞', '暂停', '受阻']],
  ['done', ['已完成', '完成', '已实施', '已实现', '已解决', '已修复', '已通过']],
];

const phrase = (words: string) => words.replaceAll(' ', String.raw`[\s_-]+`);

/** The vocabulary as patterns over lower-cased text, in the order to try them. */
export const STATUS_PATTERNS: readonly [RegExp, DocStatus][] = [
  ...WORDS.map(([status, words]): [RegExp, DocStatus] => [
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${words.map(phrase).join('|')})(?![\p{L}\p{N}])`,
      'u',
    ),
    status,
  ]),
  ...CJK.map(([status, words]): [RegExp, DocStatus] => [new RegExp(words.join('|'), 'u'), status]),
];

/** The same patterns, matching only at the end of the text: for titles (`Phase 3 - Complete`). */
export const STATUS_AT_END: readonly [RegExp, DocStatus][] = STATUS_PATTERNS.map(
  ([pattern, status]) => [new RegExp(`(?:${pattern.source})$`, 'u'), status],
);
