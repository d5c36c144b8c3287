import { STATUS_PATTERNS } from './status-words.ts';
import type { DocStatus } from './vocabulary.ts';

/** Status emoji, in the same cautious order as {@link WORDS}. */
const EMOJI: readonly [readonly string[], DocStatus][] = [
  [['❌', '🔴', '🛑', '⛔', '🚫'], 'blocked'],
  // ⚠️ alone says "not done, with problems", which is closest to active.
  [['⏳', '⌛', '🟡', '🟠', '🔄', '🚧', '⚠'], 'active'],
  [['📋', '🗓', '📅', '⬜'], 'planned'],
  [['✅', '✔', '☑', '🟢', '✓'], 'done'],
];

/**
 * Emoji as they look after UTF-8 was read as Windows-1252, Windows-1254 or
 * Mac Roman (`âœ…`, `‚úÖ`): seen often enough in real docs that the status
 * should still be understood before the `mojibake` fix is applied.
 */
const ENCODINGS = ['windows-1252', 'windows-1254', 'macintosh'];

const MOJIBAKE: ReadonlyMap<string, string> = new Map(
  // With the variation selector first, so that `⚠️` is repaired whole.
  EMOJI.flatMap(([emoji]) => emoji.flatMap((symbol) => [`${symbol}\uFE0F`, symbol])).flatMap(
    (emoji) =>
      ENCODINGS.flatMap((encoding) =>
        mangle(emoji, encoding).map((broken) => [broken, emoji] as const),
      ),
  ),
);

/**
 * `emoji` as `encoding` shows its UTF-8 bytes. Windows-1252 has no character
 * for some bytes (0x8D, 0x8F, 0x90, 0x9D), which then become invisible
 * controls or get lost on the next save, so the form without them counts too.
 */
function mangle(emoji: string, encoding: string): string[] {
  const broken = new TextDecoder(encoding).decode(new TextEncoder().encode(emoji));
  const lossy = broken.replace(/[\u0080-\u009F]/g, '');
  return lossy === broken ? [broken] : [broken, lossy];
}

/**
 * Normalize a status as written (`✅ Complete`, `IN_PROGRESS`, `⚠️ 50% PASSING -
 * ARCHITECTURAL BLOCKERS`) to the status vocabulary, or null when it is not
 * recognizably a status. Case-insensitive. Words win over emoji, and emoji
 * count only when nothing but numbers and punctuation stands beside them:
 * `❌ NO` in a table is an answer, not a status. `extra` (user config, e.g.
 * `{ "in review": "active" }`) wins over the built-in words.
 */
export function normalizeStatus(text: string, extra?: Record<string, DocStatus>): DocStatus | null {
  const cleaned = clean(text);
  if (cleaned === '') return null;
  const custom = matchExtra(cleaned, extra);
  if (custom) return custom;
  for (const [pattern, status] of STATUS_PATTERNS) {
    if (pattern.test(cleaned)) return status;
  }
  // Anything left beyond emoji, numbers and punctuation is words we do not know.
  if (/\p{L}/u.test(cleaned.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, ''))) return null;
  for (const [emoji, status] of EMOJI) {
    if (emoji.some((symbol) => cleaned.includes(symbol))) return status;
  }
  return null;
}

/**
 * What the emoji of a status say when its words are unknown (`✅ Requirements
 * updated`): a hint, weaker than any recognized status, or null.
 */
export function statusHint(text: string): DocStatus | null {
  const cleaned = clean(text);
  for (const [emoji, status] of EMOJI) {
    if (emoji.some((symbol) => cleaned.includes(symbol))) return status;
  }
  return null;
}

function clean(text: string): string {
  return repairEmoji(text).toLowerCase().replace(/[*`~]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Exact match first, then a match on word boundaries, longest key first. */
function matchExtra(cleaned: string, extra?: Record<string, DocStatus>): DocStatus | null {
  if (!extra) return null;
  const entries = Object.entries(extra)
    .map(([key, status]) => [key.toLowerCase().trim(), status] as const)
    .filter(([key]) => key !== '')
    .sort(([a], [b]) => b.length - a.length);
  const exact = entries.find(([key]) => key === cleaned);
  if (exact) return exact[1];
  const contained = entries.find(([key]) =>
    new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${escapeRegExp(key)}(?:$|[^\p{L}\p{N}])`, 'u').test(
      cleaned,
    ),
  );
  return contained ? contained[1] : null;
}

function repairEmoji(text: string): string {
  // Every mangled form starts with one of these; most text has none, so skip the work.
  if (!/[âðğ‚\uF8FF]/.test(text)) return text;
  let repaired = text;
  for (const [broken, emoji] of MOJIBAKE) repaired = repaired.replaceAll(broken, emoji);
  return repaired;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
