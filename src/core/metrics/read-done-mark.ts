import type { Root } from 'mdast';
import { normalizeStatus } from '../model/normalize-status.ts';
import { listsAfterLead } from './lists-after-lead.ts';

const CHECK = /✅|✔|☑|âœ…|‚úÖ|âœ”/;
const DONE_WORD = /\b(?:COMPLETED|COMPLETE|DONE|FINISHED)\b|\(\s*(?:completed?|done|finished)\b/;
/** Headings that name what done means, not that it is: `Definition of Done`, `Done when`. */
const DONE_CRITERIA = /\b(?:definition of done|done (?:when|criteria))\b/i;
/**
 * Headings that name a list of checks to run (a checklist, acceptance
 * criteria, a go-live list): a ✅ beside them is an icon, not a status.
 */
const CHECKLIST_TITLE =
  /\b(?:check-?lists?|checkliste[n]?|criteria|kriterien|crit[ée]rios?|acceptance|abnahme|verification|validation|valida[çc][ãa]o|verifica[çc][ãa]o|testing|test plan|pre-?flight|prerequisites?|voraussetzungen|requirements?|must[- ]have|go-live|level)\b|验收|清单|检查/iu;
/** Trailing words that do not change what a heading's end says: a date, a parenthesis. */
const TRAILING = /(?:\s*\([^)]*\)|\s*[-–—:|]\s*[\p{N}./-]+|\s*[.!:|])*\s*$/u;

/**
 * How a heading marks its section: `done` (`### Phase 1 ✅`, `(COMPLETED -
 * Dec 9)`), or undefined. A ✅ counts at the end of a heading; at its start it
 * is an icon unless the writer ticks boxes in that section (`hasChecked`);
 * in the middle (`✅ MUST HAVE`) or beside a checklist's name it never counts.
 */
export function headingDoneMark(title: string, hasChecked: boolean): string | undefined {
  if (DONE_CRITERIA.test(title)) return undefined;
  const word = DONE_WORD.exec(title)?.[0];
  if (word) return word.startsWith('(') ? word.slice(1).trim() : word;
  const check = CHECK.exec(title);
  if (!check || CHECKLIST_TITLE.test(title)) return undefined;
  const trimmed = title.replace(TRAILING, '').trim();
  if (trimmed.endsWith(check[0])) return check[0];
  if (trimmed.startsWith(check[0]) && hasChecked) return check[0];
  return undefined;
}

/**
 * Done, but about a step before the work or a part of it: `Planning Complete`,
 * `Investigation done`, `code-complete`, `Phases 1-3 Complete`.
 */
const SCOPED_DONE =
  /\b(?:(?:phases?|stages?|steps?|parts?|waves?|sprints?|fases?|etapas?)\s*[\d.]+[a-z]?(?:\s*(?:[-–&,]|and|to)\s*[\d.]+[a-z]?)*\b[^.;]{0,60}?|code|plan(?:ning)?|analys[ie]s|investigation|design|review|research|spec(?:ification)?|proposal|discovery|assessment|triage|audit|documentation|planung|analyse|planejamento|análise)[\s-]+(?:phase\s+)?(?:is\s+)?(?:complete[d]?|done|finished|ready|abgeschlossen|conclu[íi]d[oa])\b/iu;
/** A percent below 100 in the status (`75% complete`), or a scope in parentheses (`Complete (Day 1-2)`). */
const PARTIAL_PERCENT =
  /(?<![\d.])(?:\d{1,2}(?:\.\d+)?)\s*%|\(\s*(?:days?|weeks?|phases?|stages?|parts?|steps?)\s*[\d.]/i;
/** Status words that leave the work open, whatever else the line says: `Open (deferred)`. */
const STILL_OPEN = /\b(?:open|re-?opened|deferred|postponed|paused)\b/i;

/** Whether a written status says the work itself is done. */
export function saysWorkDone(text: string): boolean {
  return (
    normalizeStatus(text) === 'done' &&
    !SCOPED_DONE.test(text) &&
    !STILL_OPEN.test(text) &&
    !PARTIAL_PERCENT.test(text)
  );
}

/** Lead-ins of a list of conditions to check, not tasks: `Before merging:`, `Can merge when:`. */
const CONDITIONS =
  /^(?:before|when|once|if|after|vor|bevor|wenn|sobald|antes|quando|ao)\b|\bwhen:$|\bif:$|\bbefore\b[^.]*:$/i;

/**
 * Offset ranges of lists introduced by a paragraph that sets a condition
 * (`Before merging concurrent code:`): their boxes are checks to run each
 * time, not open work.
 */
export function conditionLists(tree: Root): [number, number][] {
  return listsAfterLead(tree, (lead) => lead.endsWith(':') && CONDITIONS.test(lead));
}
