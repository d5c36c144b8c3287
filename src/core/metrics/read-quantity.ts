import { isDayOrLonger, lookupUnit, type UnitInfo } from './units.ts';

/** A quantity read at one place: a value, its unit, and how it was written. */
export interface Quantity {
  value: number;
  step: number;
  decimals: number;
  rounded: boolean;
  grouped: boolean;
  unit?: UnitInfo;
  unitText?: string;
  plus: boolean;
  end: number;
}

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^\.\d+/;
const UNIT = /^\s*(%|[A-Za-z]+)(?![A-Za-z])/;

/** Read `1,373`, `3.5 hrs`, `1h 30m`, `1.2k`, `800+` starting at `start`. */
export function readQuantity(s: string, start: number): Quantity | null {
  const rest = s.slice(start);
  const match = NUMBER.exec(rest);
  if (!match) return null;
  const written = match[0];
  let end = start + written.length;
  const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
  let value = Number(written.replaceAll(',', ''));
  let step = 10 ** -decimals;
  if (/^[kK](?![A-Za-z])/.test(s.slice(end))) {
    value *= 1000;
    step *= 1000;
    end += 1;
  }
  const plus = s[end] === '+';
  if (plus) end += 1;
  const grouped = written.includes(',');
  const quantity: Quantity = { value, step, decimals, rounded: step !== 1, grouped, plus, end };
  const unitMatch = UNIT.exec(s.slice(end));
  const unit = unitMatch?.[1] ? lookupUnit(unitMatch[1]) : undefined;
  if (!unitMatch?.[1] || !unit) return quantity;
  quantity.unit = unit;
  quantity.unitText = unitMatch[1];
  quantity.end = end + unitMatch[0].length;
  // Values with a unit are kept in base units: durations in minutes.
  quantity.value *= unit.factor;
  if (isDayOrLonger(unit.unit) || unit.unit === 'h') {
    const hours = hourStep(written);
    quantity.rounded = hours < 1 && hours !== 0.5 && hours !== 0.25;
    quantity.step = hours * unit.factor;
  } else {
    quantity.step *= unit.factor;
  }
  if (unit.kind === 'duration') addCompoundParts(s, quantity, unit);
  return quantity;
}

/** `1h 30m`, `2 hrs 15 min`: later parts in smaller units add to the first. */
function addCompoundParts(s: string, quantity: Quantity, first: UnitInfo): void {
  let factor = first.factor;
  for (;;) {
    const part = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)(?![A-Za-z])/.exec(s.slice(quantity.end));
    const next = part?.[2] ? lookupUnit(part[2]) : undefined;
    if (!part?.[1] || next?.kind !== 'duration' || next.factor >= factor) return;
    const decimals = part[1].includes('.') ? part[1].length - part[1].indexOf('.') - 1 : 0;
    quantity.value += Number(part[1]) * next.factor;
    quantity.step = 10 ** -decimals * next.factor;
    quantity.rounded = decimals > 0;
    quantity.end += part[0].length;
    factor = next.factor;
  }
}

/**
 * Granularity of a number of hours, days or weeks: `3.4` → 0.1, `12` → 1,
 * but `3.5` → 0.5 and `2.25` → 0.25, the half and quarter hours people
 * round to. Other units keep their decimal granularity (`482.5 s` → 0.1).
 */
function hourStep(written: string): number {
  const dot = written.indexOf('.');
  if (dot < 0) return 1;
  const fraction = Number(`0${written.slice(dot)}`);
  if (fraction === 0.5) return 0.5;
  if (fraction === 0.25 || fraction === 0.75) return 0.25;
  return 10 ** -(written.length - dot - 1);
}
