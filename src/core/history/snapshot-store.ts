import type { CatFile } from './cat-file.ts';
import { repoPrefix } from '../load/repo-prefix.ts';
import { compileKindOverrides } from '../model/kind-overrides.ts';
import { buildSnapshot, type DocSnapshot, type SnapshotConfig } from './doc-snapshot.ts';

/** Counters, for tests and benchmarks: each distinct blob is parsed once. */
export interface SnapshotStats {
  /** Snapshots built (distinct blob + path pairs). */
  parsed: number;
  /** Requests answered from the cache. */
  reused: number;
}

/** Snapshots by blob, loaded on demand through one `cat-file` process. */
export interface SnapshotStore {
  /** The doc at `path` with content `blob`; null when git cannot give the blob. */
  get: (blob: string, path: string) => Promise<DocSnapshot | null>;
  /** Offer bytes read elsewhere (the working tree) for a blob; parsed only when asked for. */
  offer: (blob: string, bytes: Uint8Array) => void;
  /** The bytes of `blob` (offered, else through `cat-file`), for renderers; null when git cannot give them. */
  read: (blob: string) => Promise<Uint8Array | null>;
  readonly stats: SnapshotStats;
  /** Distinct blobs git was asked for and could not give (a damaged or partial clone). */
  readonly missing: number;
}

/**
 * A cache of {@link DocSnapshot}s keyed by blob and path. The path is part of
 * the key because the model reads it (kind from folders, date from the file
 * name, default id), so a renamed blob is parsed once more under its new
 * name; a blob unchanged across versions or revisions is parsed once.
 */
export function createSnapshotStore(
  catFile: CatFile | null,
  root: string,
  config: SnapshotConfig,
): SnapshotStore {
  const options = {
    ...config,
    kinds: compileKindOverrides(config.kinds),
    prefix: repoPrefix(root),
  };
  const cache = new Map<string, Promise<DocSnapshot | null> | DocSnapshot>();
  const stats: SnapshotStats = { parsed: 0, reused: 0 };
  const offered = new Map<string, Uint8Array>();
  const missing = new Set<string>();
  const fetch = async (blob: string): Promise<Uint8Array | null> => {
    const bytes = await readBlob(catFile, blob);
    if (!bytes && catFile) missing.add(blob);
    return bytes;
  };
  const keyOf = (blob: string, path: string) => `${blob}\u0000${path}`;
  return {
    get(blob, path) {
      const key = keyOf(blob, path);
      const cached = cache.get(key);
      if (cached !== undefined) {
        stats.reused++;
        return Promise.resolve(cached);
      }
      const loading = (async () => {
        const bytes = offered.get(blob) ?? (await fetch(blob));
        if (!bytes) return null;
        stats.parsed++;
        const snapshot = buildSnapshot(path, blob, bytes, root, options);
        cache.set(key, snapshot);
        return snapshot;
      })();
      cache.set(key, loading);
      return loading;
    },
    offer(blob, bytes) {
      offered.set(blob, bytes);
    },
    read(blob) {
      const bytes = offered.get(blob);
      return bytes ? Promise.resolve(bytes) : fetch(blob);
    },
    stats,
    get missing() {
      return missing.size;
    },
  };
}

async function readBlob(catFile: CatFile | null, blob: string): Promise<Uint8Array | null> {
  const object = await catFile?.read(blob);
  return object?.type === 'blob' ? object.content : null;
}
