/** Words that name a unit of work by its number or id: `Phase 2`, `Sprint 14`, `Milestone M3`. */
const SUBJECT =
  /^(phase|milestone|sprint|stage|step|epic|week|part|iteration|workstream|release|wave|etapa|fase)\s*[#:-]?\s*([a-z]?\d+(?:\.\d+)*[a-z]?)(?![\w.])/i;

/**
 * The numbered subject a label or heading names (`phase 2` for `✅ Phase 2:
 * Frontend (done)`, `**Phase 2**`, `Phase 2 Progress`), or null when it names
 * none. Leading emoji, markup and list marks are skipped; `Phase 2.1` is
 * `phase 2.1`, not `phase 2`.
 */
export function subjectKey(text: string | null): string | null {
  if (!text) return null;
  const start = text.replace(/^[^a-z0-9]+/i, '');
  const match = SUBJECT.exec(start);
  if (!match) return null;
  return `${(match[1] ?? '').toLowerCase()} ${(match[2] ?? '').toLowerCase()}`;
}
