import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/config-schema.ts';
import type { DocAnalysis } from '../analysis/doc-analysis.ts';
import { writeAtomic } from '../io/write-atomic.ts';
import type { LoadLimits } from '../load/parse-source-doc.ts';
import type { Doc } from '../model/doc.ts';
import type { CheckedDoc } from '../rules/rule.ts';
import { toCachedMessage, type CachedMessage } from './cached-message.ts';
import { engineFingerprint } from './engine-fingerprint.ts';
import { sha1, stableStringify } from './hash.ts';
import { restoreSourceDoc } from './restore-source-doc.ts';
import { removeStaleTemps } from '../io/remove-stale-temps.ts';
import { sealText, unsealText } from '../io/seal-text.ts';
import { openUserCache } from '../io/user-cache-dir.ts';

/** Bump when the stored shape changes. */
const FORMAT = 6;

/** One doc's per-doc results: valid while its bytes hash to `hash`. */
interface CacheEntry {
  hash: string;
  doc: Doc;
  /** Messages of loading and of every per-doc rule, before set rules and severities. */
  messages: CachedMessage[];
  /** Where the body starts (after the frontmatter). */
  bodyOffset: number;
  /** The doc's analysis, whole, so a warm check never parses the doc. */
  analysis: DocAnalysis;
}

/** Did-you-mean answers by missing path, valid for one set of files. */
interface SimilarEntries {
  /** Hash of every file path under the root. */
  files: string;
  entries: Record<string, readonly string[]>;
}

interface CacheFile {
  /** Everything besides the bytes that per-doc results depend on, hashed. */
  key: string;
  entries: Record<string, CacheEntry>;
  similar?: SimilarEntries;
}

/** What cached results depend on besides each file's bytes and path. */
export interface CheckCacheScope {
  /** Absolute content root. */
  root: string;
  config: ResolvedConfig;
  /** Date rules (`stale`, `date-in-future`) depend on it. */
  today: string;
  /**
   * The secret that seals the cache file; default: the user's (see
   * `openUserCache`), so a cache file someone else wrote is not believed.
   */
  secret?: Uint8Array;
}

/** A cache of per-doc check results for one content root, open for one check. */
export interface CheckCache {
  /**
   * The checked doc of an unchanged file, as its per-doc phase left it (doc,
   * analysis, messages): that phase must not run again. Undefined for a new
   * or changed file.
   */
  restore: (
    path: string,
    bytes: Uint8Array,
    cwd: string,
    limits: LoadLimits,
  ) => CheckedDoc | undefined;
  /** Record a doc `restore` did not know, after its per-doc phase, before set rules add their messages. */
  remember: (checked: CheckedDoc) => void;
  /**
   * The did-you-mean memo (`facts.similar`) for this set of files: last
   * run's answers when no file was added, removed or renamed since.
   */
  similar: (files: Iterable<string>) => Map<string, readonly string[]>;
  /** Write the cache for the next run, keeping only the docs seen in this one. */
  save: () => Promise<void>;
}

/**
 * Open the per-doc result cache in `dir` (`.statusdocs/cache`). An entry is
 * used only when everything it depends on is unchanged: the file's path and
 * bytes (SHA-1), and the cache key made of the engine's fingerprint (tool
 * version and source), the config, today's date and the content root. The
 * cache is an optimization only: a missing, corrupt or unwritable cache
 * means a full check, never a failed one. Safe to delete at any time.
 * The cache is untrusted input: the file is sealed with the user's secret,
 * and each entry's shape is checked before it is used.
 */
export async function openCheckCache(dir: string, scope: CheckCacheScope): Promise<CheckCache> {
  const key = sha1(
    stableStringify({
      format: FORMAT,
      engine: await engineFingerprint(),
      config: scope.config,
      today: scope.today,
      root: scope.root,
    }),
  );
  // One file per content root, so checks of different folders do not evict each other.
  const file = path.join(dir, `check-${sha1(scope.root).slice(0, 16)}.json`);
  const secret = scope.secret ?? (await openUserCache(process.env)).secret;
  const stored = await readCacheFile(file, key, secret);
  const previous = new Map(Object.entries(stored?.entries ?? {}));
  let similar: { files: string; memo: Map<string, readonly string[]> } | undefined;
  const next = new Map<string, CacheEntry>();
  /** Hashes of the files `restore` did not know, by path, for `remember`. */
  const misses = new Map<string, { hash: string; size: number }>();
  let changed = false;

  const restore = (
    relative: string,
    bytes: Uint8Array,
    cwd: string,
    limits: LoadLimits,
  ): CheckedDoc | undefined => {
    const hash = sha1(bytes);
    const entry = previous.get(relative);
    if (entry?.hash !== hash || bytes.length > limits.maxFileSize) {
      misses.set(relative, { hash, size: bytes.length });
      return undefined;
    }
    next.set(relative, entry);
    // The doc is copied, so that what this run's rules do to it does not leak
    // into the stored entry; nothing changes an analysis.
    return {
      source: restoreSourceDoc(relative, bytes, cwd, entry.messages, entry.bodyOffset),
      doc: structuredClone(entry.doc),
      analysis: entry.analysis,
    };
  };

  const remember = ({ source, doc, analysis }: CheckedDoc): void => {
    const miss = misses.get(source.path);
    // A doc left unparsed (nested too deep to parse safely) has no text; a
    // restored one would have its text, and no analysis of it.
    if (miss === undefined || (source.text === '' && miss.size > 0)) return;
    next.set(source.path, {
      hash: miss.hash,
      doc: structuredClone(doc),
      messages: source.file.messages.map(toCachedMessage),
      bodyOffset: source.bodyOffset,
      analysis,
    });
    changed = true;
  };

  const similarFor = (files: Iterable<string>): Map<string, readonly string[]> => {
    const filesKey = sha1([...files].sort().join('\u0000'));
    const kept = stored?.similar?.files === filesKey ? stored.similar.entries : {};
    similar = { files: filesKey, memo: new Map(Object.entries(kept)) };
    return similar.memo;
  };

  const save = async (): Promise<void> => {
    const similarChanged =
      similar !== undefined &&
      (similar.files !== stored?.similar?.files ||
        similar.memo.size !== Object.keys(stored.similar.entries).length);
    if (!changed && !similarChanged && next.size === previous.size) return;
    const entries = Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : 1)));
    const cacheFile: CacheFile = { key, entries };
    if (similar) {
      const sorted = [...similar.memo].sort(([a], [b]) => (a < b ? -1 : 1));
      cacheFile.similar = { files: similar.files, entries: Object.fromEntries(sorted) };
    }
    await writeCacheFile(file, sealText(JSON.stringify(cacheFile), secret));
  };

  return { restore, remember, similar: similarFor, save };
}

async function readCacheFile(
  file: string,
  key: string,
  secret: Uint8Array,
): Promise<CacheFile | undefined> {
  try {
    const text = unsealText(await readFile(file, 'utf8'), secret);
    if (text === undefined) return undefined;
    const stored = JSON.parse(text) as Partial<CacheFile>;
    if (stored.key !== key || !isRecord(stored.entries)) return undefined;
    const entries = Object.fromEntries(
      Object.entries(stored.entries).filter(([, entry]) => isCacheEntry(entry)),
    );
    const similar = isSimilarEntries(stored.similar) ? { similar: stored.similar } : {};
    return { key, entries, ...similar };
  } catch {
    // Missing or unreadable: start empty; the next save replaces it.
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape `remember` writes; anything else (an older or crafted file) is a miss. */
function isCacheEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value)) return false;
  return (
    typeof value.hash === 'string' &&
    isRecord(value.doc) &&
    Array.isArray(value.messages) &&
    value.messages.every((message) => isRecord(message) && typeof message.reason === 'string') &&
    typeof value.bodyOffset === 'number' &&
    Number.isInteger(value.bodyOffset) &&
    value.bodyOffset >= 0 &&
    isDocAnalysis(value.analysis)
  );
}

function isDocAnalysis(value: unknown): value is DocAnalysis {
  return (
    isRecord(value) &&
    isRecord(value.links) &&
    (value.slot === null || isRecord(value.slot)) &&
    Array.isArray(value.fileClaims) &&
    value.fileClaims.every((claim) => isFileClaim(claim)) &&
    Array.isArray(value.bodyClaims) &&
    value.bodyClaims.every((claim) => isRecord(claim) && isRecord(claim.position))
  );
}

function isFileClaim(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    typeof value.text === 'string' &&
    ['size', 'range', 'created'].includes(value.kind as string) &&
    isRecord(value.position)
  );
}

function isSimilarEntries(value: unknown): value is SimilarEntries {
  return (
    isRecord(value) &&
    typeof value.files === 'string' &&
    isRecord(value.entries) &&
    Object.values(value.entries).every(
      (list) => Array.isArray(list) && list.every((item) => typeof item === 'string'),
    )
  );
}

/** Write the cache atomically, so a reader never sees half of it. */
async function writeCacheFile(file: string, text: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await removeStaleTemps(path.dirname(file));
    await writeAtomic(file, text);
  } catch {
    // An unwritable cache costs speed on the next run, never correctness.
  }
}
