/**
 * Units that status docs write after numbers, and how they convert.
 * Durations are normalized to minutes, the unit most status tables use.
 */

/** A recognized unit: its canonical name, kind and, for durations, its size in minutes. */
export interface UnitInfo {
  /** Canonical name: `%`, `ms`, `s`, `min`, `h`, `d`, `w`, or a singular count noun (`line`, `test`). */
  unit: string;
  kind: 'percent' | 'duration' | 'count';
  /** Minutes per unit, for durations; 1 otherwise. */
  factor: number;
}

const DURATIONS: readonly [string, number, readonly string[]][] = [
  ['ms', 1 / 60_000, ['ms', 'msec', 'msecs', 'millisecond', 'milliseconds']],
  ['s', 1 / 60, ['s', 'sec', 'secs', 'second', 'seconds']],
  ['min', 1, ['m', 'min', 'mins', 'minute', 'minutes']],
  ['h', 60, ['h', 'hr', 'hrs', 'hour', 'hours']],
  // A calendar day; status docs often mean a working day, which is why
  // callers should not sum days with hours (see `isDayOrLonger`).
  ['d', 1440, ['d', 'day', 'days']],
  ['w', 10_080, ['w', 'wk', 'wks', 'week', 'weeks']],
];

const COUNT_NOUNS = [
  'line',
  'loc',
  'sloc',
  'test',
  'file',
  'item',
  'task',
  'issue',
  'bug',
  'endpoint',
  'commit',
  'pr',
  'point',
  'pt',
  'case',
  'function',
  'method',
  'class',
  'module',
  'service',
  'component',
  'error',
  'warning',
  'doc',
  'page',
  'word',
  'step',
  'check',
  'user',
  'request',
  'fixture',
  'suite',
  'package',
  'dependency',
  'migration',
  'table',
  'route',
  'screen',
  'feature',
  'story',
  'scenario',
  'assertion',
  'ticket',
  'change',
  'record',
  'row',
];

/** Every unit name a doc may write → its unit; a constant table. */
const BY_NAME: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ...DURATIONS.flatMap(([unit, factor, names]) =>
    names.map((name): [string, UnitInfo] => [name, { unit, kind: 'duration', factor }]),
  ),
  ...COUNT_NOUNS.flatMap((noun): [string, UnitInfo][] => {
    const info: UnitInfo = { unit: noun, kind: 'count', factor: 1 };
    return [
      [noun, info],
      [noun.endsWith('s') ? `${noun}es` : `${noun}s`, info],
    ];
  }),
  ['dependencies', { unit: 'dependency', kind: 'count', factor: 1 }],
  ['stories', { unit: 'story', kind: 'count', factor: 1 }],
  ['%', { unit: '%', kind: 'percent', factor: 1 }],
  ['percent', { unit: '%', kind: 'percent', factor: 1 }],
]);

/**
 * The unit a word names, or undefined. Case-insensitive, except that `m`
 * (minutes) must be lowercase so `M` (millions) is not read as minutes.
 */
export function lookupUnit(word: string): UnitInfo | undefined {
  if (word === 'M') return undefined;
  return BY_NAME.get(word.toLowerCase());
}

/** Whether a duration unit is a day or longer (not safely summable with hours). */
export function isDayOrLonger(unit: string | undefined): boolean {
  return unit === 'd' || unit === 'w';
}

/** Minutes per canonical duration unit (1 for anything else). */
export function minutesPer(unit: string | undefined): number {
  return DURATIONS.find(([name]) => name === unit)?.[1] ?? 1;
}
