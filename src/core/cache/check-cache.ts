import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/config-schema.ts';
import { parseSourceDoc, type LoadLimits } from '../load/parse-source-doc.ts';
import type { SourceDoc } from '../load/source-doc.ts';
import { linkFactsOf, rememberLinkFacts, type LinkFacts } from '../links/link-facts.ts';
import type { Doc } from '../model/doc.ts';
import type { CheckedDoc } from '../rules/rule.ts';
import { toCachedMessage, type CachedMessage } from './cached-message.ts';
import { engineFingerprint } from './engine-fingerprint.ts';
import { sha1, stableStringify } from './hash.ts';
import { restoreSourceDoc } from './restore-source-doc.ts';

/** Bump when the stored shape changes. */
const FORMAT = 3;

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
}

interface CacheFile {
  /** Everything besides the bytes that per-doc results depend on, hashed. */
  key: string;
  entries: Record<string, CacheEntry>;
}

/** What cached results depend on besides each file's bytes and path. */
export interface CheckCacheScope {
  /** Absolute content root. */
  root: string;
  config: ResolvedConfig;
  /** Date rules (`stale`, `date-in-future`) depend on it. */
  today: string;
}

/** A cache of per-doc check results for one content root, open for one check. */
export interface CheckCache {
  /** Drop-in for `parseSourceDoc`: answers unchanged files from the cache. */
  parse: typeof parseSourceDoc;
  /** Docs answered from the cache: their per-doc phase must not run again. */
  known: ReadonlyMap<SourceDoc, Doc>;
  /** Record a doc after its per-doc phase, before set rules add their messages. */
  remember: (checked: CheckedDoc) => void;
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
  const previous = await readEntries(file, key);
  const next = new Map<string, CacheEntry>();
  const known = new Map<SourceDoc, Doc>();
  const pending = new Map<SourceDoc, string>();
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
      rememberLinkFacts(source, entry.links);
      // A copy, so that nothing done to the doc in this run leaks into the stored entry.
      known.set(source, structuredClone(entry.doc));
      next.set(relative, entry);
      return source;
    }
    const source = parseSourceDoc(relative, bytes, cwd, limits);
    pending.set(source, hash);
    return source;
  };

  const remember = ({ source, doc }: CheckedDoc): void => {
    const hash = pending.get(source);
    if (hash === undefined) return;
    next.set(source.path, {
      hash,
      doc: structuredClone(doc),
      messages: source.file.messages.map(toCachedMessage),
      bodyOffset: source.frontmatter?.bodyOffset ?? 0,
      links: linkFactsOf(source),
    });
    changed = true;
  };

  const save = async (): Promise<void> => {
    if (!changed && next.size === previous.size) return;
    const entries = Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : 1)));
    await writeAtomically(file, JSON.stringify({ key, entries } satisfies CacheFile));
  };

  return { parse, known, remember, save };
}

async function readEntries(file: string, key: string): Promise<Map<string, CacheEntry>> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
    if (stored.key !== key || !stored.entries) return new Map();
    return new Map(Object.entries(stored.entries));
  } catch {
    // Missing or unreadable: start empty; the next save replaces it.
    return new Map();
  }
}

/** Temp file and rename in the same folder, so a reader never sees half a cache. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch {
    // An unwritable cache costs speed on the next run, never correctness.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
