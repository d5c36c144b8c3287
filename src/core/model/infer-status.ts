import type { Sourced, ValueSource } from './doc.ts';
import { findHeaderFields, HEADER_KEYS } from './header-keys.ts';
import { LIFECYCLE_STATUSES } from './infer-from-path.ts';
import { normalizeStatus, statusHint } from './normalize-status.ts';
import type { ModelInput } from './read-model-input.ts';
import { STATUS_AT_END } from './status-words.ts';
import type { DocStatus } from './vocabulary.ts';

/** The status a doc was given, and the written statuses that were not used. */
export interface InferredStatus {
  status: DocStatus | null;
  /** The status as written; when a folder won, the last status the doc itself wrote. */
  text: string | null;
  source: ValueSource;
  /** Written statuses passed over, most authoritative first. */
  ignored: Sourced<string>[];
}

/**
 * A doc's status, by this authority order:
 *
 * 1. A lifecycle folder or file-name marker (`archive/`, `completed/`,
 *    `superseded/`, `X_COMPLETED.md`) when what is written is not itself
 *    finished: moving or renaming a doc is a deliberate act, and status
 *    lines are often left behind. An archive folder wins over everything.
 * 2. Frontmatter `status`.
 * 3. Header lines (`**Status**:`, `**Overall Status**:`, quoted or listed,
 *    a metadata table's Status row, a `## Status` section's first line):
 *    by label, then head before summary before footer.
 * 4. A status word ending a part of the first heading (`Session 9 Complete:
 *    …`, `Login fix - Done`).
 * 5. Any other folder or file-name status (`backlog/`, `in_progress/`).
 * 6. An emoji beside words the vocabulary does not know (`✅ Requirements
 *    updated`): a hint, used only when nothing else answers.
 *
 * When nothing is recognized, the first written text is still kept as
 * `text`, so rules and the site can show what the doc says.
 */
export function inferStatus(
  input: ModelInput,
  extra: Record<string, DocStatus> | undefined,
): InferredStatus | null {
  const written: Sourced<string>[] = [
    ...(input.frontmatter.data.status === undefined
      ? []
      : [{ value: input.frontmatter.data.status, source: input.frontmatter.sourceOf(['status']) }]),
    ...findHeaderFields(input.headers, HEADER_KEYS.status).map((field) => ({
      value: field.text,
      source: field.source,
    })),
    ...headingStatus(input),
  ];
  const others = (used: Sourced<string> | undefined) => written.filter((item) => item !== used);
  const recognized = written.find((item) => normalizeStatus(item.value, extra) !== null);
  const hinted = recognized ? undefined : written.find((item) => statusHint(item.value) !== null);
  const chosen = recognized ?? hinted;
  const status = recognized
    ? normalizeStatus(recognized.value, extra)
    : hinted
      ? statusHint(hinted.value)
      : null;
  const path = input.path.status;
  if (path && LIFECYCLE_STATUSES.includes(path.value)) {
    const finished = status !== null && LIFECYCLE_STATUSES.includes(status);
    if (!finished || path.value === 'archived') {
      const last = chosen ?? written[0];
      return {
        status: path.value,
        text: last?.value ?? null,
        source: path.source,
        ignored: written,
      };
    }
  }
  if (chosen && status) {
    return { status, text: chosen.value, source: chosen.source, ignored: others(chosen) };
  }
  if (path) return { status: path.value, text: null, source: path.source, ignored: written };
  const first = written[0];
  return first
    ? { status: null, text: first.value, source: first.source, ignored: others(first) }
    : null;
}

/** Adjectives that also read as statuses at the end of a longer title (`Guia Completo`). */
const ADJECTIVES = /^(?:complet[oa]|komplett)$/i;

/**
 * A status word ending the first or the last part of the first heading:
 * `Session 9 Complete: Search`, `Login Fix - Done ✅`, `Etapa 3 Concluída -
 * Gráficos`. Only a word at the end counts, so `Complete Audit of X` is not.
 */
function headingStatus(input: ModelInput): Sourced<string>[] {
  const title = input.heading?.title;
  if (!title) return [];
  const parts = title.value.split(/\s+[-–—|]\s+|:\s+/u);
  for (const part of new Set([parts[0], parts.at(-1)])) {
    const words = (part ?? '')
      .replace(/[\p{P}\p{S}\s]+$/u, '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    for (let count = 1; count <= Math.min(3, words.length); count++) {
      const tail = words.slice(-count).join(' ');
      if (!STATUS_AT_END.some(([pattern]) => pattern.test(tail))) continue;
      if (ADJECTIVES.test(words.at(-1) ?? '') && words.length > 1) break;
      return [{ value: tail, source: title.source }];
    }
  }
  return [];
}
