/** Month names and their usual abbreviations in English, Portuguese, Spanish, German and French. */
const NAMES: readonly (readonly string[])[] = [
  ['january', 'janeiro', 'enero', 'januar', 'jänner', 'janvier', 'jan', 'ene', 'janv'],
  ['february', 'fevereiro', 'febrero', 'februar', 'février', 'feb', 'fev', 'fév', 'févr'],
  ['march', 'março', 'marzo', 'märz', 'mars', 'mar', 'mär'],
  ['april', 'abril', 'avril', 'apr', 'abr', 'avr'],
  ['may', 'maio', 'mayo', 'mai', 'may'],
  ['june', 'junho', 'junio', 'juni', 'juin', 'jun'],
  ['july', 'julho', 'julio', 'juli', 'juillet', 'jul', 'juil'],
  ['august', 'agosto', 'août', 'aug', 'ago'],
  ['september', 'setembro', 'septiembre', 'setiembre', 'septembre', 'sep', 'sept', 'set'],
  ['october', 'outubro', 'octubre', 'oktober', 'octobre', 'oct', 'out', 'okt'],
  ['november', 'novembro', 'noviembre', 'novembre', 'nov'],
  ['december', 'dezembro', 'diciembre', 'dezember', 'décembre', 'dec', 'dez', 'dic', 'déc'],
];

const MONTHS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** The month (1–12) a name or abbreviation stands for (`Dec`, `dezembro`, `März`), or null. */
export function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}
