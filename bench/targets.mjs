// The speed targets of issue 18 and how one bench run fares against them,
// for the "Targets" table of `npm run bench`. Each target reads the medians
// of one task at one corpus size: a wall time, a peak RSS, or a ratio of
// wall times measured in the same run (to the plain Astro baseline, or to
// the cold build), which machine noise distorts least.
import { megabytes, ratio, seconds } from './measure.mjs';

const GB = 2 ** 30;

/** `what` of `task` at `size` docs must stay at or under `limit`. */
export const TARGETS = [
  { size: 1000, task: 'check-cold', what: 'wall', limit: 1.5 },
  { size: 1000, task: 'check-warm', what: 'wall', limit: 0.5 },
  { size: 5000, task: 'check-cold', what: 'wall', limit: 5 },
  { size: 5000, task: 'check-warm', what: 'wall', limit: 1 },
  { size: 5000, task: 'check-cold', what: 'rss', limit: GB },
  { size: 5000, task: 'check-warm', what: 'rss', limit: GB },
  { size: 1000, task: 'build-cold', what: 'wall ÷ baseline', limit: 1 },
  { size: 5000, task: 'build-cold', what: 'wall ÷ baseline', limit: 1 },
  { size: 5000, task: 'build-cold', what: 'rss', limit: 2 * GB },
  { size: 1000, task: 'build-1pct', what: 'wall ÷ build-cold', limit: 0.5 },
  { size: 5000, task: 'build-1pct', what: 'wall ÷ build-cold', limit: 0.5 },
];

/**
 * Rows of the targets table for the sizes measured: target, measured value,
 * and whether it is met or by what factor it is missed. `bySize` maps a
 * size to the medians of each task id (`{ wall, cpu, rss }`).
 */
export function targetRows(bySize) {
  return TARGETS.flatMap((target) => {
    const tasks = bySize.get(target.size);
    const row = tasks?.get(target.task);
    if (!row) return [];
    const value = valueOf(target, row, tasks, 'wall');
    if (value === undefined) return [];
    // The same target read from CPU time: what the code costs, with less of
    // the waiting for cores that other work on the machine adds to wall time.
    const cpu = target.what === 'rss' ? undefined : valueOf(target, row, tasks, 'cpu');
    return [
      [
        target.size.toLocaleString('en-US'),
        `\`${target.task}\` ${target.what}`,
        `≤ ${format(target, target.limit)}`,
        format(target, value),
        verdict(value, target.limit),
        cpu === undefined ? '—' : `${format(target, cpu)}: ${verdict(cpu, target.limit)}`,
      ],
    ];
  });
}

export const TARGET_HEADER = [
  'docs',
  'target',
  'limit',
  'measured (median)',
  'verdict',
  'read from CPU time',
];

function verdict(value, limit) {
  return value <= limit ? 'met' : `missed: ${(value / limit).toFixed(2)}× the limit`;
}

/** The target's value from wall (or, with `clock` 'cpu', CPU) times. */
function valueOf(target, row, tasks, clock) {
  if (target.what === 'rss') return row.rss;
  if (target.what === 'wall') return row[clock];
  const other = tasks.get(target.what === 'wall ÷ baseline' ? 'baseline' : 'build-cold');
  return other?.[clock] && row[clock] !== undefined ? row[clock] / other[clock] : undefined;
}

function format(target, value) {
  if (target.what === 'wall') return seconds(value);
  if (target.what === 'rss') return megabytes(value);
  return ratio(value, 1);
}
