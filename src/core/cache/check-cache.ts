import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { parseSourceDoc, type LoadLimits } from '../load/parse-source-doc.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { frontmatterSlot, type FrontmatterSlot } from '../links/add-frontmatter-line.ts';
import { fileClaims, type FileClaim } from '../evidence/collect-file-claims.ts';
import { linkFacts, type LinkFacts } from '../links/link-facts.ts';
import type { Doc } from '../model/doc.ts';
import type { CheckedDoc } from '../rules/rule.ts';
import { toCachedMessage, type CachedMessage } from './cached-message.ts';
import { engineFingerprint } from './engine-fingerprint.ts';
import { sha1, stableStringify } from './hash.ts';
import { restoreSourceDoc } from './restore-source-doc.ts';
import { removeStaleTemps } from './remove-stale-temps.ts';
import { sealText, unsealText } from './seal-text.ts';
import { openUserCache } from './user-cache-dir.ts';

/** Bump when the stored shape changes. */
const FORMAT = 5;

/** One doc's per-doc results: valid while its bytes hash to `hash`. */
interface CacheEntry {
  hash: string;
  doc: Doc;
  /** Messages of loading and of every per-doc rule, before set rules and severities. */
  messages: CachedMessage[];
  /** Where the body starts (after the frontmatter), to parse the mdast without the YAML. */
  bodyOffset: number;
  /** What the link graph reads from the mdast, so a warm check never parses it. */
  links: LinkFacts;
  /**
   * Where a relation fix adds a frontmatter line, so a warm check never
   * parses the YAML; absent until a check needed it (few docs do).
   */
  slot?: FrontmatterSlot | null;
  /** The doc's file claims (`file-claim`), when the check read them, so a warm check never parses for them. */
  claims?: FileClaim[];
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
  /** Drop-in for `parseSourceDoc`: answers unchanged files from the cache. */
  parse: typeof parseSourceDoc;
  /** Docs answered from the cache: their per-doc phase must not run again. */
  known: ReadonlyMap<SourceDoc, Doc>;
  /** Record a doc after its per-doc phase, before set rules add their messages. */
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
  const known = new Map<SourceDoc, Doc>();
  const pending = new Map<SourceDoc, string>();
  const sources = new Map<string, SourceDoc>();
  let changed = false;

  const parse = (
    relative: string,
    bytes: Uint8Array,
    cwd: string,
    limits?: LoadLimits,
  ): SourceDoc => {
    const hash = sha1(bytes);
    const entry = previous.get(relative);
    if (limits && entry?.hash === hash && bytes.length <= limits.maxFileSize) {
      const source = restoreSourceDoc(
        relative,
        bytes,
        cwd,
        limits,
        entry.messages,
        entry.bodyOffset,
      );
      linkFacts.remember(source, entry.links);
      if (entry.slot !== undefined) frontmatterSlot.remember(source, entry.slot);
      if (entry.claims) fileClaims.remember(source, entry.claims);
      sources.set(relative, source);
      // A copy, so that nothing done to the doc in this run leaks into the stored entry.
      known.set(source, structuredClone(entry.doc));
      next.set(relative, entry);
      return source;
    }
    const source = parseSourceDoc(relative, bytes, cwd, limits);
    // A doc left unparsed (nested too deep to parse safely) has no text; a
    // restored one would have its text, and a lazy parse could crash on it.
    if (source.text !== '' || bytes.length === 0) pending.set(source, hash);
    sources.set(relative, source);
    return source;
  };

  const remember = ({ source, doc }: CheckedDoc): void => {
    const hash = pending.get(source);
    if (hash === undefined) return;
    const claims = fileClaims.peek(source)?.value;
    next.set(source.path, {
      hash,
      doc: structuredClone(doc),
      messages: source.file.messages.map(toCachedMessage),
      bodyOffset: source.frontmatter?.bodyOffset ?? 0,
      links: linkFacts.of(source),
      ...(claims ? { claims } : {}),
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
    // Set rules have run: keep the frontmatter slots they asked for.
    for (const [path, entry] of next) {
      const source = sources.get(path);
      const slot = entry.slot === undefined && source ? frontmatterSlot.peek(source) : undefined;
      if (slot) {
        entry.slot = slot.value;
        changed = true;
      }
    }
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
    await writeAtomically(file, sealText(JSON.stringify(cacheFile), secret));
  };

  return { parse, known, remember, similar: similarFor, save };
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
    isRecord(value.links) &&
    (value.slot === undefined || value.slot === null || isRecord(value.slot)) &&
    (value.claims === undefined ||
      (Array.isArray(value.claims) && value.claims.every((claim) => isFileClaim(claim))))
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

/** Temp file and rename in the same folder, so a reader never sees half a cache. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await removeStaleTemps(path.dirname(file));
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch {
    // An unwritable cache costs speed on the next run, never correctness.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
